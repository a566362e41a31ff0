using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgressReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_annual_reports_programs_program_id",
                table: "annual_reports");

            migrationBuilder.DropForeignKey(
                name: "FK_report_activity_executions_annual_reports_report_id",
                table: "report_activity_executions");

            migrationBuilder.DropForeignKey(
                name: "FK_report_indicator_weights_annual_reports_report_id",
                table: "report_indicator_weights");

            migrationBuilder.DropPrimaryKey(
                name: "PK_annual_reports",
                table: "annual_reports");

            migrationBuilder.RenameTable(
                name: "annual_reports",
                newName: "progress_reports");

            migrationBuilder.RenameIndex(
                name: "IX_annual_reports_program_id_year_period",
                table: "progress_reports",
                newName: "IX_progress_reports_program_id_year_period");

            migrationBuilder.AddPrimaryKey(
                name: "PK_progress_reports",
                table: "progress_reports",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "FK_progress_reports_programs_program_id",
                table: "progress_reports",
                column: "program_id",
                principalTable: "programs",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_report_activity_executions_progress_reports_report_id",
                table: "report_activity_executions",
                column: "report_id",
                principalTable: "progress_reports",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_report_indicator_weights_progress_reports_report_id",
                table: "report_indicator_weights",
                column: "report_id",
                principalTable: "progress_reports",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_progress_reports_programs_program_id",
                table: "progress_reports");

            migrationBuilder.DropForeignKey(
                name: "FK_report_activity_executions_progress_reports_report_id",
                table: "report_activity_executions");

            migrationBuilder.DropForeignKey(
                name: "FK_report_indicator_weights_progress_reports_report_id",
                table: "report_indicator_weights");

            migrationBuilder.DropPrimaryKey(
                name: "PK_progress_reports",
                table: "progress_reports");

            migrationBuilder.RenameTable(
                name: "progress_reports",
                newName: "annual_reports");

            migrationBuilder.RenameIndex(
                name: "IX_progress_reports_program_id_year_period",
                table: "annual_reports",
                newName: "IX_annual_reports_program_id_year_period");

            migrationBuilder.AddPrimaryKey(
                name: "PK_annual_reports",
                table: "annual_reports",
                column: "id");

            migrationBuilder.AddForeignKey(
                name: "FK_annual_reports_programs_program_id",
                table: "annual_reports",
                column: "program_id",
                principalTable: "programs",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_report_activity_executions_annual_reports_report_id",
                table: "report_activity_executions",
                column: "report_id",
                principalTable: "annual_reports",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_report_indicator_weights_annual_reports_report_id",
                table: "report_indicator_weights",
                column: "report_id",
                principalTable: "annual_reports",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
