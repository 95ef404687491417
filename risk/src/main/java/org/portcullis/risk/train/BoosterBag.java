package org.portcullis.risk.train;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Several boosters trained alike (same base score, same columns) as one booster whose log-odds are the mean of theirs:
 * all their trees in one model, every leaf divided by their number. One booster, so scoring, SHAP contributions
 * ({@code predictContrib}: they add up to the mean log-odds) and the stored model work as for a single one.
 */
final class BoosterBag {

    /** XGBoost writes and reads infinite split conditions as bare -Infinity / Infinity. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

    private BoosterBag() {
    }

    static Booster merge(List<Booster> members) throws XGBoostError, IOException {
        if (members.size() == 1) {
            return members.get(0);
        }
        ObjectNode merged = null;
        ArrayNode trees = JSON.createArrayNode();
        ArrayNode treeInfo = JSON.createArrayNode();
        JsonNode baseScore = null;
        double share = 1.0 / members.size();
        for (Booster member : members) {
            ObjectNode model = (ObjectNode) JSON.readTree(member.toByteArray("json"));
            JsonNode learner = model.path("learner");
            JsonNode score = learner.path("learner_model_param").path("base_score");
            if (baseScore != null && !baseScore.equals(score)) {
                throw new IllegalArgumentException("boosters of a bag need the same base score: " + baseScore
                        + " and " + score);
            }
            baseScore = score;
            JsonNode gbtree = learner.path("gradient_booster").path("model");
            if (!"1".equals(gbtree.path("gbtree_model_param").path("num_parallel_tree").asText())) {
                throw new IllegalArgumentException("only boosters of one tree per round can be bagged");
            }
            for (JsonNode tree : gbtree.path("trees")) {
                ObjectNode copy = ((ObjectNode) tree).deepCopy();
                scaleLeaves(copy, share);
                copy.put("id", trees.size());
                trees.add(copy);
                treeInfo.add(0);
            }
            if (merged == null) {
                merged = model;
            }
        }
        ObjectNode gbtree = (ObjectNode) merged.path("learner").path("gradient_booster").path("model");
        gbtree.set("trees", trees);
        gbtree.set("tree_info", treeInfo);
        ArrayNode boundaries = JSON.createArrayNode();
        for (int i = 0; i <= trees.size(); i++) {
            boundaries.add(i);
        }
        gbtree.set("iteration_indptr", boundaries);
        ((ObjectNode) gbtree.path("gbtree_model_param")).put("num_trees", String.valueOf(trees.size()));
        return XGBoost.loadModel(JSON.writeValueAsBytes(merged));
    }

    /** A leaf's value is its split condition (a leaf has no children); base weights scale with them. */
    private static void scaleLeaves(ObjectNode tree, double share) {
        ArrayNode conditions = (ArrayNode) tree.path("split_conditions");
        ArrayNode baseWeights = (ArrayNode) tree.path("base_weights");
        JsonNode left = tree.path("left_children");
        for (int node = 0; node < conditions.size(); node++) {
            if (left.get(node).asInt() == -1) {
                conditions.set(node, conditions.get(node).asDouble() * share);
            }
            baseWeights.set(node, baseWeights.get(node).asDouble() * share);
        }
    }
}
