using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <summary>
    /// The tables whose reads an instance keeps outside the program stamps (ADR 0034) notify the <c>portal_changes</c>
    /// channel with their name at the commit of any statement on them: a user's notifications and their e-mail setting
    /// (the bell, «Уведомления») and the finance department's conclusions (the dashboard).
    /// </summary>
    public partial class ChangeNotifications : Migration
    {
        private static readonly string[] Tables = ["notifications", "asp_net_users", "program_conclusions"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('portal_changes', TG_TABLE_NAME);
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in Tables)
                migrationBuilder.Sql($"""
                    CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables) migrationBuilder.Sql($"DROP TRIGGER notify_change ON {table};");
            migrationBuilder.Sql("DROP FUNCTION notify_change();");
        }
    }
}
