package fi.koto.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlStatementsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT id FROM programme WHERE id = ?",
                "  select 1",
                "(SELECT a FROM t) UNION (SELECT b FROM u)",
                "-- a comment\nSELECT 1",
                "/* hint */ select 1",
                "VALUES (1)",
                "CALL NEXT VALUE FOR programme_seq",
                "SET LOCK_TIMEOUT 2000",
                "select 'update' from t"
            })
    void readingStatementsPassStraightThrough(String sql) {
        assertThat(SqlStatements.writes(sql)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE programme SET version = ? WHERE id = ?",
                "insert into t values (1)",
                "DELETE FROM t",
                "MERGE INTO t KEY (id) VALUES (1)",
                "create table t (id int)",
                "ALTER TABLE t ADD c int",
                "SELECT id, status FROM programme WHERE (id = ?) FOR UPDATE",
                "select * from t for\n update nowait",
                "/* x */ ( delete from t)",
                "TRUNCATE TABLE t",
                "SELECT id FROM FINAL TABLE (UPDATE t SET c = 1)"
            })
    void statementsThatChangeOrLockRowsWrite(String sql) {
        assertThat(SqlStatements.writes(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"WITH x AS (SELECT 1) SELECT * FROM x", "SHUTDOWN", "RUNSCRIPT FROM 'x.sql'"})
    void whatIsNotKnownToOnlyReadCountsAsWriting(String sql) {
        assertThat(SqlStatements.writes(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-- only a comment"})
    void emptyStatementsDoNotWrite(String sql) {
        assertThat(SqlStatements.writes(sql)).isFalse();
        assertThat(SqlStatements.writes(null)).isFalse();
    }
}
