package org.portcullis.risk.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;

/** A bag of boosters merged into one scores the mean of their log-odds, and its SHAP contributions add up to it. */
class BoosterBagTest {

    private static final int ROWS = 400;
    private static final int COLUMNS = 4;

    @Test
    void theMergedBoosterGivesTheMeanLogOddsOfItsMembersWithContributionsThatAddUp() throws Exception {
        float[] data = data(new Random(1));
        List<Booster> members = new ArrayList<>();
        for (int seed = 0; seed < 3; seed++) {
            members.add(train(data, seed, 0.3));
        }

        Booster bag = BoosterBag.merge(members);
        DMatrix rows = new DMatrix(data, ROWS, COLUMNS, Float.NaN);
        float[][] merged = bag.predict(rows, true);
        float[][] contributions = bag.predictContrib(rows, 0);
        List<float[][]> each = new ArrayList<>();
        for (Booster member : members) {
            each.add(member.predict(rows, true));
        }

        for (int i = 0; i < ROWS; i++) {
            double mean = 0;
            for (float[][] margins : each) {
                mean += margins[i][0] / each.size();
            }
            double sum = 0;
            for (float c : contributions[i]) {
                sum += c;
            }
            assertThat(merged[i][0]).as("row %d", i).isCloseTo((float) mean, within(1e-4f));
            assertThat(sum).as("row %d", i).isCloseTo(merged[i][0], within(1e-4));
        }
        assertThat(each.get(0)[0][0]).isNotEqualTo(each.get(1)[0][0]);
    }

    @Test
    void boostersFromDifferentBaseScoresAreNotMerged() throws Exception {
        float[] data = data(new Random(2));

        assertThatThrownBy(() -> BoosterBag.merge(List.of(train(data, 1, 0.3), train(data, 2, 0.4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same base score");
    }

    private static float[] data(Random random) {
        float[] data = new float[ROWS * COLUMNS];
        for (int i = 0; i < data.length; i++) {
            data[i] = i % 7 == 3 ? Float.NaN : random.nextFloat();
        }
        return data;
    }

    private static Booster train(float[] data, int seed, double baseScore) throws Exception {
        float[] labels = new float[ROWS];
        Random noise = new Random(99);
        for (int i = 0; i < ROWS; i++) {
            float first = Float.isNaN(data[i * COLUMNS]) ? 0.5f : data[i * COLUMNS];
            labels[i] = first + 0.5f * data[i * COLUMNS + 1] + 0.3f * noise.nextFloat() > 1 ? 1 : 0;
        }
        DMatrix matrix = new DMatrix(data, ROWS, COLUMNS, Float.NaN);
        matrix.setLabel(labels);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("objective", "binary:logistic");
        parameters.put("max_depth", 3);
        parameters.put("subsample", 0.5);
        parameters.put("seed", seed);
        parameters.put("nthread", 1);
        parameters.put("base_score", baseScore);
        Booster booster = XGBoost.train(matrix, parameters, 20, new HashMap<>(), null, null);
        matrix.dispose();
        return booster;
    }
}
