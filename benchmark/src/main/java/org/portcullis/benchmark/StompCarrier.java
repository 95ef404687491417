package org.portcullis.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A carrier that sends its filings over STOMP 1.2 to the application's STOMP acceptor, written against the frames
 * of the STOMP specification (a plain socket: the protocol is text). Each SEND is persistent, carries the contract's
 * headers and {@code _AMQ_DUPL_ID} (a header Artemis takes as the duplicate-detection id), and asks for a RECEIPT,
 * which the broker gives once it has stored the message; a send that fails is repeated on a new connection.
 */
final class StompCarrier implements FilingSender, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StompCarrier.class);

    private final CarrierLogin login;
    private Socket socket;
    private int receipts;
    private int retriedSends;

    StompCarrier(CarrierLogin login) {
        this.login = login;
    }

    @Override
    public void send(String messageId, String body) throws InterruptedException {
        while (true) {
            try {
                if (socket == null) {
                    connect();
                }
                String receipt = "r-" + ++receipts;
                // no content-length: the broker then makes a text message of it (the body holds no NUL)
                write("SEND\ndestination:portcullis.filings\ndestination-type:ANYCAST\npersistent:true\nmessageId:"
                        + messageId + "\ncarrierId:" + login.carrierId() + "\ncontentType:application/json\n_AMQ_DUPL_ID:"
                        + login.carrierId() + "/" + messageId + "\nreceipt:" + receipt + "\n\n" + body);
                String answer = readFrame();
                if (!answer.startsWith("RECEIPT\n") || !answer.contains("receipt-id:" + receipt + "\n")) {
                    throw new IOException("no receipt for " + messageId + ": " + firstLines(answer));
                }
                return;
            } catch (IOException e) {
                retriedSends++;
                log.debug("STOMP send of {} failed, retrying: {}", messageId, e.toString());
                close();
                Thread.sleep(500);
            }
        }
    }

    @Override
    public int retriedSends() {
        return retriedSends;
    }

    private void connect() throws IOException {
        socket = new Socket(login.host(), login.port());
        socket.setSoTimeout(30_000);
        write("CONNECT\naccept-version:1.2\nhost:" + login.host() + "\nlogin:" + login.carrierId() + "\npasscode:"
                + login.password()
                + "\nheart-beat:0,0\n\n");
        String answer = readFrame();
        if (!answer.startsWith("CONNECTED\n")) {
            throw new IOException("the broker did not connect the STOMP carrier: " + firstLines(answer));
        }
    }

    private void write(String frame) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.flush();
    }

    /** One frame up to its NUL, without the end-of-line heart-beats that may come before it. */
    private String readFrame() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != 0) {
            if (b < 0) {
                throw new IOException("the broker closed the STOMP connection");
            }
            if (frame.size() > 0 || (b != '\n' && b != '\r')) {
                frame.write(b);
            }
        }
        return frame.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static String firstLines(String frame) {
        return frame.lines().limit(4).toList().toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closed already
            }
        }
        socket = null;
    }
}
