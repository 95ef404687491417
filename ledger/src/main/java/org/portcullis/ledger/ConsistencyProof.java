package org.portcullis.ledger;

import java.util.List;

/** The consistency_proof_v2 of RFC 9162 section 4.11: that the first tree is a prefix of the second. */
public record ConsistencyProof(String logId, long treeSize1, long treeSize2, List<byte[]> consistencyPath) {

    public ConsistencyProof {
        consistencyPath = List.copyOf(consistencyPath);
    }
}
