using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportPlanVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "plan_version_number",
                table: "progress_reports",
                type: "integer",
                nullable: true);
            // Reports accepted before this column were evaluated with the program's current редакция.
            migrationBuilder.Sql("""
                UPDATE progress_reports r SET plan_version_number = p.revision
                FROM programs p
                WHERE p.id = r.program_id AND r.status = 'Accepted'
                  AND EXISTS (SELECT 1 FROM program_versions v WHERE v.program_id = p.id AND v.number = p.revision);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "plan_version_number",
                table: "progress_reports");
        }
    }
}
