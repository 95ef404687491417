package org.portcullis.ledger;

import java.util.List;

/** The inclusion_proof_v2 of RFC 9162 section 4.12: a leaf's audit path in the tree of one size. */
public record InclusionProof(String logId, long treeSize, long leafIndex, List<byte[]> inclusionPath) {

    public InclusionProof {
        inclusionPath = List.copyOf(inclusionPath);
    }
}
