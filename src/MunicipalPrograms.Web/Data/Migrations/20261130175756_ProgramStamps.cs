using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgramStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "program_stamps",
                columns: table => new
                {
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    stamp = table.Column<long>(type: "bigint", nullable: false),
                    last_transaction = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_stamps", x => x.program_id);
                });
            migrationBuilder.Sql(RaiseFunction);
            foreach (var (table, owner) in Tables)
                migrationBuilder.Sql($"""
                    CREATE CONSTRAINT TRIGGER program_stamp AFTER INSERT OR UPDATE OR DELETE ON {table}
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_program_stamp('{owner}');
                    """);
        }

        /// <summary>
        /// Every table a cached program reads, and how a row finds its program: its program_id, its own id (programs), its
        /// parent's (goal, activity, indicator, report, passport), or the shared row 0 (what all programs read).
        /// </summary>
        private static readonly (string Table, string Owner)[] Tables =
        [
            ("programs", "self"), ("goals", "program"), ("subprograms", "program"), ("activities", "program"), ("indicators", "program"),
            ("funding_lines", "program"), ("progress_reports", "program"), ("program_co_executors", "program"),
            ("capital_construction_objects", "program"), ("resource_needs", "program"), ("amendments", "program"),
            ("program_versions", "program"), ("objectives", "goal"), ("activity_executors", "activity"),
            ("activity_year_results", "activity"), ("indicator_values", "indicator"), ("indicator_passports", "indicator"),
            ("base_measures", "passport"), ("report_activity_executions", "report"), ("report_indicator_weights", "report"),
            ("value_remarks", "report"), ("municipalities", "shared"), ("methodology_versions", "shared"), ("departments", "shared"),
        ];

        // Deferred to the commit: the stamp row is locked last, after every row the transaction writes, so two saves never
        // wait for each other in opposite orders through it; and a transaction of 500 rows raises it once (last_transaction).
        // A row whose parent the same transaction deleted finds no program: the parent's own row raised it.
        private const string RaiseFunction = """
            CREATE FUNCTION raise_program_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
                program integer;
            BEGIN
                program := CASE TG_ARGV[0]
                    WHEN 'self' THEN (r ->> 'id')::integer
                    WHEN 'program' THEN (r ->> 'program_id')::integer
                    WHEN 'goal' THEN (SELECT program_id FROM goals WHERE id = (r ->> 'goal_id')::integer)
                    WHEN 'activity' THEN (SELECT program_id FROM activities WHERE id = (r ->> 'activity_id')::integer)
                    WHEN 'indicator' THEN (SELECT program_id FROM indicators WHERE id = (r ->> 'indicator_id')::integer)
                    WHEN 'report' THEN (SELECT program_id FROM progress_reports WHERE id = (r ->> 'report_id')::integer)
                    WHEN 'passport' THEN (SELECT i.program_id FROM indicator_passports p JOIN indicators i ON i.id = p.indicator_id
                                          WHERE p.id = (r ->> 'passport_id')::integer)
                    ELSE 0
                END;
                IF program IS NOT NULL THEN
                    INSERT INTO program_stamps AS s (program_id, stamp, last_transaction) VALUES (program, 1, txid_current())
                    ON CONFLICT (program_id) DO UPDATE SET stamp = s.stamp + 1, last_transaction = EXCLUDED.last_transaction
                    WHERE s.last_transaction <> EXCLUDED.last_transaction;
                END IF;
                RETURN NULL;
            END $$;
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _) in Tables) migrationBuilder.Sql($"DROP TRIGGER program_stamp ON {table};");
            migrationBuilder.Sql("DROP FUNCTION raise_program_stamp();");
            migrationBuilder.DropTable(
                name: "program_stamps");
        }
    }
}
