using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <summary>
    /// The drafts raise their program's stamp too (ADR 0032): the program list shows each program's open draft, and it is
    /// kept per instance under the sum of all stamps (issue 14). A draft's save now also renews the program's cached copies.
    /// </summary>
    public partial class ProgramDraftStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE CONSTRAINT TRIGGER program_stamp AFTER INSERT OR UPDATE OR DELETE ON program_drafts
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_program_stamp('program');
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TRIGGER program_stamp ON program_drafts;");
    }
}
