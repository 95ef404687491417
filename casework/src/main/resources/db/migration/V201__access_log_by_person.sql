-- A person's record shows who looked at it: views of a person's record name the person by the persons history's
-- key (the travel document's key, else the name words and date of birth). Null for views of a whole list.
alter table personal_data_access add column person_key varchar(400);
create index ix_personal_data_access_person on personal_data_access (person_key);
