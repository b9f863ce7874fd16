package org.reassure.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.internal.UnitValidator;

/** The organisational units, and which of them a person may see (their own unit and every unit below it). */
@Service
public class Units {

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Unit> all() {
        return jdbc.sql("""
                WITH RECURSIVE tree AS (
                    SELECT id, code, name, kind, parent_id, ARRAY[name] AS path FROM unit WHERE parent_id IS NULL
                    UNION ALL
                    SELECT u.id, u.code, u.name, u.kind, u.parent_id, t.path || u.name FROM unit u JOIN tree t ON u.parent_id = t.id)
                SELECT id, code, name, kind, parent_id FROM tree ORDER BY path""").query(Units::map).list();
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.sql("SELECT id, code, name, kind, parent_id FROM unit WHERE code = ?")
                .param(UnitValidator.normaliseCode(code))
                .query(Units::map)
                .optional();
    }

    public Optional<Unit> findById(long id) {
        return jdbc.sql("SELECT id, code, name, kind, parent_id FROM unit WHERE id = ?")
                .param(id)
                .query(Units::map)
                .optional();
    }

    /** The ids of the unit and every unit below it. */
    public Set<Long> subtree(long unitId) {
        return new TreeSet<>(jdbc.sql("""
                WITH RECURSIVE below AS (
                    SELECT id FROM unit WHERE id = ?
                    UNION ALL
                    SELECT u.id FROM unit u JOIN below b ON u.parent_id = b.id)
                SELECT id FROM below""").param(unitId).query(Long.class).list());
    }

    /** The units whose cases this person may see: none when they belong to no unit. */
    public Set<Long> visibleTo(StaffPrincipal person) {
        return person.unitId() == null ? Set.of() : subtree(person.unitId());
    }

    /**
     * Creates a unit. With no parent it is a force; below a force it is a borough or command unit; below
     * a borough, a team. Every problem with the input is reported at once, field by field.
     */
    @Transactional
    public Unit create(String code, String name, String parentCode) {
        UnitValidator.ValidUnit unit = new UnitValidator(this::findByCode).validate(code, name, parentCode);
        UnitKind kind = UnitKind.below(unit.parent());
        Long parentId = unit.parent() == null ? null : unit.parent().id();
        long id = jdbc.sql("INSERT INTO unit (code, name, kind, parent_id) VALUES (?, ?, ?, ?) RETURNING id")
                .params(unit.code(), unit.name(), kind.name(), parentId)
                .query(Long.class)
                .single();
        return new Unit(id, unit.code(), unit.name(), kind, parentId);
    }

    /** The path of a unit from its force down, for display ("Metropolitan Police › Hounslow"). */
    public String pathOf(long unitId) {
        List<String> names =
                new ArrayList<>(jdbc.sql("""
                WITH RECURSIVE up AS (
                    SELECT id, name, parent_id, 0 AS depth FROM unit WHERE id = ?
                    UNION ALL
                    SELECT u.id, u.name, u.parent_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id)
                SELECT name FROM up ORDER BY depth DESC""").param(unitId).query(String.class).list());
        return String.join(" › ", names);
    }

    /**
     * The unit nearest to this one whose people include someone with this role and an active account: the
     * units of the unit's own borough (or team) are searched first, then each unit above it, stopping below the
     * force (a force-wide search would pick a team in some other area). For a secondary reassurance contact
     * this finds the neighbourhood team covering a case's area. Empty when there is none.
     */
    @Transactional(readOnly = true)
    public Optional<Unit> nearestWithRole(long unitId, Role role) {
        return jdbc.sql("""
                WITH RECURSIVE up AS (
                    SELECT id, parent_id, 0 AS depth FROM unit WHERE id = ?
                    UNION ALL
                    SELECT u.id, u.parent_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id),
                area AS (SELECT id, depth FROM up WHERE parent_id IS NOT NULL),
                below AS (
                    SELECT a.id AS root, a.depth, a.id FROM area a
                    UNION ALL
                    SELECT b.root, b.depth, u.id FROM unit u JOIN below b ON u.parent_id = b.id)
                SELECT x.id, x.code, x.name, x.kind, x.parent_id
                FROM below b JOIN unit x ON x.id = b.id
                WHERE EXISTS (SELECT 1 FROM staff_user s JOIN staff_user_role r ON r.user_id = s.id
                              WHERE s.unit_id = x.id AND s.enabled AND r.role = ?)
                ORDER BY b.depth, x.code LIMIT 1""").params(unitId, role.name()).query(Units::map).optional();
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        // wasNull() speaks of the last column read, so ask it straight after reading parent_id.
        Long parentId = rs.wasNull() ? null : parent;
        return new Unit(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")),
                parentId);
    }
}
