package fi.koto.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files (attachments, reports, uploaded imports) are stored only in tables that hold the bytes and their key, never
 * in a row that anything updates: H2 keeps bytea inside the row, so each update of such a row rewrote the file
 * (two imports of a 3.8 MB file grew the database to 13 GB, and every progress poll of a report read its file).
 * Runs the migrations on an in-memory H2 database with Koto's H2 options, as the server does at start-up.
 */
class StoredBytesSchemaTest {

    @Test
    void everyByteColumnIsInATableOfItsKeyAndItsBytesAlone() throws SQLException {
        String url = "jdbc:h2:mem:stored-bytes" + DatabaseSettings.H2_OPTIONS;
        try (Connection keepOpen = DriverManager.getConnection(url)) {
            SchemaMigrations.configuration(getClass().getClassLoader(), true)
                    .dataSource(url, null, null)
                    .load()
                    .migrate();

            List<String> byteColumns = new ArrayList<>();
            List<String> largeObjects = new ArrayList<>();
            try (ResultSet rs = keepOpen.createStatement()
                    .executeQuery("select table_name, column_name,"
                            + " (select count(*) from information_schema.columns o where o.table_name = c.table_name"
                            + " and o.table_schema = c.table_schema), c.data_type from information_schema.columns c"
                            + " where c.table_schema = 'public' and lower(c.data_type) in ('binary varying', 'binary large object')"
                            + " order by table_name")) {
                while (rs.next()) {
                    byteColumns.add(rs.getString(1) + "." + rs.getString(2) + " of " + rs.getInt(3) + " columns");
                    if ("binary large object".equalsIgnoreCase(rs.getString(4))) {
                        largeObjects.add(rs.getString(1) + "." + rs.getString(2));
                    }
                }
            }

            assertThat(byteColumns)
                    .containsExactly(
                            "document_content.content of 2 columns",
                            "placement_import_file.content of 2 columns",
                            "report_file.content of 2 columns");
            // a report is stored and downloaded as a stream (ReportStore); H2 streams only a large object
            assertThat(largeObjects).containsExactly("report_file.content");
        }
    }
}
