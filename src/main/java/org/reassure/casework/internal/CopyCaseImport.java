package org.reassure.casework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseImport;
import org.reassure.platform.CopyRows;

/** Case work's bulk import with PostgreSQL's COPY, in the caller's transaction (see {@link CaseImport}). */
@Component
class CopyCaseImport implements CaseImport {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    CopyCaseImport(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public Batch batch() {
        return new Rows(CopyRows.database(dataSource));
    }

    @Override
    public long cases() {
        return jdbc.sql("SELECT count(*) FROM hate_case").query(Long.class).single();
    }

    /** One buffer a table; {@link #write()} copies them in foreign-key order. */
    static final class Rows implements Batch {

        private final CopyRows cases = new CopyRows(
                "hate_case",
                "id, reference, status, channel, anonymous, received_at, occurred_at, unit_id, officer_id, restricted,"
                        + " online, account, hostility_reason, perceived_by, outcome_code, created_at, updated_at,"
                        + " classification, offence_code, recording_reason, recorded_by, recorded_at, review_status,"
                        + " reviewed_by, reviewed_at, withdrawn_at, withdrawal_reason, finalised_at");
        private final CopyRows strands = new CopyRows("case_strand", "case_id, strand_code");
        private final CopyRows religions = new CopyRows("case_religion", "case_id, category");
        private final CopyRows flags = new CopyRows("case_flag", "case_id, flag");
        private final CopyRows history =
                new CopyRows("case_history", "case_id, at, actor, from_status, to_status, what, reason");
        private final CopyRows decisions =
                new CopyRows("case_decision", "case_id, type, decided_at, recorded_by, recorded_at");
        private final CopyRows people = new CopyRows(
                "person",
                "id, case_id, role, full_name, name_key, date_of_birth, phone, phone_key, email, email_key, address,"
                        + " address_key, postcode, description, added_by, added_at");
        private final CopyRows matches = new CopyRows(
                "repeat_match", "person_id, matched_person_id, basis, score, status, decided_by, decided_at");
        private final CopyRows links =
                new CopyRows("case_link", "case_id, linked_case_id, reason, linked_by, linked_at");
        /** Parents first: every row's foreign keys point to a table copied before it. */
        private final List<CopyRows> inOrder =
                List.of(cases, strands, religions, flags, history, decisions, people, matches, links);

        private final CopyRows.Sink sink;

        Rows(CopyRows.Sink sink) {
            this.sink = sink;
        }

        @Override
        public void add(Row row) {
            if (row instanceof Case c) {
                add(c);
            } else if (row instanceof Strand s) {
                strands.uuid(s.caseId()).text(s.strand()).end();
            } else if (row instanceof Religion r) {
                religions.uuid(r.caseId()).text(r.category()).end();
            } else if (row instanceof Flag f) {
                flags.uuid(f.caseId()).text(f.flag()).end();
            } else if (row instanceof History h) {
                history.uuid(h.caseId())
                        .ts(h.at())
                        .text(h.actor())
                        .text(h.fromStatus())
                        .text(h.toStatus())
                        .text(h.what())
                        .text(h.reason())
                        .end();
            } else if (row instanceof Decision d) {
                decisions
                        .uuid(d.caseId())
                        .text(d.type())
                        .ts(d.decidedAt())
                        .text(d.recordedBy())
                        .ts(d.recordedAt())
                        .end();
            } else if (row instanceof Person p) {
                add(p);
            } else if (row instanceof RepeatMatch m) {
                matches.uuid(m.personId())
                        .uuid(m.matchedPersonId())
                        .text(m.basis())
                        .real(m.score())
                        .text(m.status())
                        .text(m.decidedBy())
                        .ts(m.decidedAt())
                        .end();
            } else if (row instanceof Link l) {
                links.uuid(l.caseId())
                        .uuid(l.linkedCaseId())
                        .text(l.reason())
                        .text(l.linkedBy())
                        .ts(l.linkedAt())
                        .end();
            }
        }

        private void add(Case c) {
            cases.uuid(c.id())
                    .text(c.reference())
                    .text(c.status())
                    .text(c.channel())
                    .bool(c.anonymous())
                    .ts(c.receivedAt())
                    .ts(c.occurredAt())
                    .num(c.unitId())
                    .num(c.officerId())
                    .bool(c.restricted())
                    .bool(c.online())
                    .text(c.account())
                    .text(c.hostilityReason())
                    .text(c.perceivedBy())
                    .num(c.outcomeCode())
                    .ts(c.createdAt())
                    .ts(c.updatedAt())
                    .text(c.classification())
                    .text(c.offenceCode())
                    .text(c.recordingReason())
                    .text(c.recordedBy())
                    .ts(c.recordedAt())
                    .text(c.reviewStatus())
                    .text(c.reviewedBy())
                    .ts(c.reviewedAt())
                    .ts(c.withdrawnAt())
                    .text(c.withdrawalReason())
                    .ts(c.finalisedAt())
                    .end();
        }

        private void add(Person p) {
            people.uuid(p.id())
                    .uuid(p.caseId())
                    .text(p.role())
                    .text(p.fullName())
                    .text(PersonKeys.nameKey(p.fullName()))
                    .day(p.dateOfBirth())
                    .text(p.phone())
                    .text(PersonKeys.phoneKey(p.phone()))
                    .text(p.email())
                    .text(p.email() == null ? null : p.email().toLowerCase(Locale.UK))
                    .text(p.address())
                    .text(PersonKeys.addressKey(p.address()))
                    .text(p.postcode())
                    .text(p.description())
                    .text(p.addedBy())
                    .ts(p.addedAt())
                    .end();
        }

        @Override
        public List<CopyRows.Copied> write() {
            List<CopyRows.Copied> copied = new ArrayList<>();
            try {
                for (CopyRows table : inOrder) {
                    if (table.pending() > 0) {
                        copied.add(table.copyTo(sink));
                    }
                }
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            return copied;
        }
    }
}
