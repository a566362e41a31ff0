using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PeriodIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_year_period",
                table: "progress_reports",
                columns: new[] { "year", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_measured_periods",
                table: "indicator_values",
                columns: new[] { "year", "period" },
                filter: "actual IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_progress_reports_year_period",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "ix_indicator_values_measured_periods",
                table: "indicator_values");
        }
    }
}
