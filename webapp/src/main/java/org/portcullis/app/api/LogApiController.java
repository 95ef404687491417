package org.portcullis.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Base64;
import java.util.HexFormat;
import org.portcullis.casework.ledger.LogQueryException;
import org.portcullis.casework.ledger.PublicLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tamper-evident log (docs/ledger.md): its signed tree head, inclusion and consistency proofs in RFC 9162's
 * shapes, and its public key, for carriers to check their receipts and that the log was never rewritten.
 */
@RestController
@Tag(name = "Log")
class LogApiController {

    private final PublicLog log;

    LogApiController(PublicLog log) {
        this.log = log;
    }

    @GetMapping(path = "/api/v1/log/sth", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest signed tree head: size, timestamp, root hash, Ed25519 signature")
    String sth() {
        return log.sth();
    }

    @GetMapping(path = "/api/v1/log/proof", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The inclusion proof of a leaf and the signed tree head it leads to",
            description = "leaf: the leaf hash (base64 or 64 hex digits) or the leaf index; tree_size: the size of a "
                    + "signed tree head (the latest when absent).")
    ResponseEntity<?> proof(@RequestParam String leaf,
            @RequestParam(name = "tree_size", required = false) Long treeSize) {
        return log.inclusion(leafQuery(leaf), treeSize).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(new LogProblem("LOG_LEAF_UNKNOWN", "leaf", "the log has no such leaf in that tree",
                                "Give the leaf_hash or leaf index of your receipt; a leaf newer than the tree head "
                                        + "asked for is not in it.")));
    }

    @GetMapping(path = "/api/v1/log/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "That the log of the first size is a prefix of the log at the second size",
            description = "first: the size of an older tree head you hold; second: the size of a signed tree head "
                    + "(the latest when absent).")
    String consistency(@RequestParam long first, @RequestParam(required = false) Long second) {
        return log.consistency(first, second);
    }

    @GetMapping(path = "/api/v1/log/key", produces = "application/x-pem-file")
    @Operation(summary = "The log's Ed25519 public key (PEM), which verifies every signed tree head")
    String key() {
        return log.publicKeyPem();
    }

    @GetMapping(path = "/api/v1/log/keys", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every public key the log signed with: the current one and those retired by a rotation",
            description = "Each with its log_id (the base64 SHA-256 of the key), which a tree head names.")
    String keys() {
        return log.keys();
    }

    @GetMapping(path = "/api/v1/log/handovers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The key handovers of the log's key rotations, oldest first",
            description = "Each signed by the old key (vouching for the new one) and by the new key (cross-signing "
                    + "the old key's last tree head), so that a verifier holding an old key can follow the log.")
    String handovers() {
        return log.handovers();
    }

    @ExceptionHandler(LogQueryException.class)
    ResponseEntity<LogProblem> refused(LogQueryException e) {
        return ResponseEntity.badRequest()
                .body(new LogProblem("LOG_QUERY_INVALID", e.parameter(), e.getMessage(),
                        "Ask for a size the log signed (GET /api/v1/log/sth gives the latest)."));
    }

    private static PublicLog.LeafQuery leafQuery(String leaf) {
        String value = leaf.trim().replace(' ', '+');
        try {
            if (value.matches("\\d{1,18}")) {
                return new PublicLog.LeafQuery(null, Long.parseLong(value));
            }
            byte[] hash = value.matches("[0-9a-fA-F]{64}") ? HexFormat.of().parseHex(value)
                    : Base64.getDecoder().decode(value);
            if (hash.length == 32) {
                return new PublicLog.LeafQuery(hash, -1);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new LogQueryException("leaf", "leaf must be a leaf index, or a SHA-256 leaf hash in base64 or hex");
    }

    /** What was wrong with a question to the log: a stable code, the parameter, a message and a hint. */
    record LogProblem(String code, String parameter, String message, String hint) {
    }
}
