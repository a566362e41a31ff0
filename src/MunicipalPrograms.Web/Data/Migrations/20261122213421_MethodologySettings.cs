using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MethodologySettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing municipalities get the methodology's documented defaults (docs/methodology.md).
            migrationBuilder.AddColumn<decimal>(
                name: "methodology_achievement_cap",
                table: "municipalities",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "methodology_high_lower",
                table: "municipalities",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: false,
                defaultValue: 0.9m);

            migrationBuilder.AddColumn<decimal>(
                name: "methodology_high_upper",
                table: "municipalities",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: false,
                defaultValue: 1.1m);

            migrationBuilder.AddColumn<string>(
                name: "methodology_official",
                table: "municipalities",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Procedure");

            migrationBuilder.AddColumn<decimal>(
                name: "methodology_planned_lower",
                table: "municipalities",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: false,
                defaultValue: 0.8m);

            migrationBuilder.AddColumn<decimal>(
                name: "methodology_suspicious_achievement",
                table: "municipalities",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: false,
                defaultValue: 2m);

            migrationBuilder.AddColumn<string>(
                name: "methodology_weight_mode",
                table: "municipalities",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Equal");

            migrationBuilder.AddColumn<decimal>(
                name: "methodology_weight_sum_tolerance",
                table: "municipalities",
                type: "numeric(9,6)",
                precision: 9,
                scale: 6,
                nullable: false,
                defaultValue: 0.001m);

            migrationBuilder.AddColumn<string>(
                name: "methodology_zero_denominator",
                table: "municipalities",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "CountAsMetOrNot");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "methodology_achievement_cap",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "methodology_high_lower",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "methodology_high_upper",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "methodology_official",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "methodology_planned_lower",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "methodology_suspicious_achievement",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "methodology_weight_mode",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "methodology_weight_sum_tolerance",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "methodology_zero_denominator",
                table: "municipalities");
        }
    }
}
