package coop.essaim.kernel.migration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlStatementsTest {

    @Test
    void splitsAtSemicolonsEndingALineAndSkipsCommentLines() {
        List<SqlStatements.Statement> s = SqlStatements.split("""
                -- header comment
                CREATE TABLE A (
                  ID INT, -- trailing comments stay in the statement
                  NAME VARCHAR(10)
                );

                  -- indented comment ; with a semicolon;
                INSERT INTO A VALUES (1, 'x;y');   \s
                INSERT INTO A VALUES (2, 'z')""");
        assertEquals(3, s.size());
        assertEquals(new SqlStatements.Statement(1, 2,
                "CREATE TABLE A (\n  ID INT, -- trailing comments stay in the statement\n  NAME VARCHAR(10)\n)"), s.get(0));
        assertEquals(new SqlStatements.Statement(2, 8, "INSERT INTO A VALUES (1, 'x;y')"), s.get(1));
        assertEquals(new SqlStatements.Statement(3, 9, "INSERT INTO A VALUES (2, 'z')"), s.get(2));
    }

    @Test
    void aSemicolonInsideALineDoesNotSplit() {
        assertEquals(1, SqlStatements.split("INSERT INTO A VALUES ('a;b'), ('c');").size());
    }

    @Test
    void windowsLineEndsAndBlankFiles() {
        assertEquals(2, SqlStatements.split("SELECT 1;\r\nSELECT 2;\r\n").size());
        assertEquals(0, SqlStatements.split("\n-- only a comment\n\n").size());
    }
}
