package org.reassure.trials.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The concealed allocation sequence: permuted blocks within each stratum, of a size drawn at random from one,
 * two or three times the sum of the ratio (2, 4 or 6 for 1 : 1), so that no one can foresee the end of a block.
 * A block is drawn from {@link SecureRandom} only when its stratum needs it and stored, so that the sequence is
 * fixed before the case it applies to exists. Only {@link #take} reads a slot, and only as a case takes it.
 */
@Component
class AllocationSequence {

    /** A taken place in the sequence. */
    record Slot(String stratum, int position, int block, int blockSize, Arm arm) {}

    private static final int[] BLOCK_MULTIPLES = {1, 2, 3};

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    AllocationSequence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next slot of the stratum, drawing a new block first when the stratum has none left. Call with the trial locked. */
    Slot take(Trial trial, String stratum) {
        int position = jdbc.sql("SELECT count(*) FROM trial_enrolment WHERE trial_id = ? AND stratum = ?")
                        .params(trial.id(), stratum)
                        .query(Integer.class)
                        .single()
                + 1;
        return find(trial.id(), stratum, position).orElseGet(() -> {
            drawBlock(trial, stratum, position);
            return find(trial.id(), stratum, position).orElseThrow();
        });
    }

    private Optional<Slot> find(long trialId, String stratum, int position) {
        return jdbc.sql(
                        "SELECT position, block, block_size, arm FROM trial_allocation_slot WHERE trial_id = ? AND stratum = ? AND position = ?")
                .params(trialId, stratum, position)
                .query((rs, row) ->
                        new Slot(stratum, rs.getInt(1), rs.getInt(2), rs.getInt(3), Arm.valueOf(rs.getString(4))))
                .optional();
    }

    private void drawBlock(Trial trial, String stratum, int firstPosition) {
        int block = jdbc.sql(
                        "SELECT coalesce(max(block), 0) + 1 FROM trial_allocation_slot WHERE trial_id = ? AND stratum = ?")
                .params(trial.id(), stratum)
                .query(Integer.class)
                .single();
        int multiple = BLOCK_MULTIPLES[random.nextInt(BLOCK_MULTIPLES.length)];
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < multiple * trial.controlRatio(); i++) {
            arms.add(Arm.CONTROL);
        }
        for (int i = 0; i < multiple * trial.treatmentRatio(); i++) {
            arms.add(Arm.TREATMENT);
        }
        Collections.shuffle(arms, random);
        for (int i = 0; i < arms.size(); i++) {
            jdbc.sql(
                            "INSERT INTO trial_allocation_slot (trial_id, stratum, position, block, block_size, arm) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            trial.id(),
                            stratum,
                            firstPosition + i,
                            block,
                            arms.size(),
                            arms.get(i).name())
                    .update();
        }
    }
}
