using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <summary>
    /// Every raised stamp notifies the <c>program_stamps</c> channel with the program's id (ADR 0034): each portal instance
    /// listens, so it knows without a query whether the stamps it read are still the database's. A notification is sent
    /// at commit (the stamps are raised by deferred triggers, last), once per program and transaction.
    /// </summary>
    public partial class ProgramStampNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_program_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('program_stamps', NEW.program_id::text);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER notify_program_stamp AFTER INSERT OR UPDATE ON program_stamps
                FOR EACH ROW EXECUTE FUNCTION notify_program_stamp();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER notify_program_stamp ON program_stamps; DROP FUNCTION notify_program_stamp();");
        }
    }
}
