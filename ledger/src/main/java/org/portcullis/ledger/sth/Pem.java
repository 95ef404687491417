package org.portcullis.ledger.sth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/** PEM text (RFC 7468) around DER bytes. */
final class Pem {

    private Pem() {
    }

    static byte[] read(Path file, String label) throws IOException {
        return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString(), label);
    }

    /** The DER bytes of the PEM block {@code label} in {@code text}; {@code source} names it in errors. */
    static byte[] decode(String text, String source, String label) throws IOException {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException(source + " holds no PEM block " + label);
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": the " + label + " is not base64", e);
        }
    }

    static String write(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection applies
        }
    }
}
