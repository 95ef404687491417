-- Failed sign-ins by user and by source address, and the timed locks they lead to (shared by every node).
create table sign_in_throttle (
    subject        varchar(200) primary key,
    failures       integer      not null,
    window_start   timestamp with time zone not null,
    locked_until   timestamp with time zone
);
