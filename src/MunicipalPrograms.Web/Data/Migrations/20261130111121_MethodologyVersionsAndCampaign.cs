using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MethodologyVersionsAndCampaign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "methodology_version_id",
                table: "progress_reports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "campaign_annual_deadline_day",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<int>(
                name: "campaign_annual_deadline_month",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "campaign_half_year_deadline_days",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<bool>(
                name: "campaign_half_year_in_use",
                table: "municipalities",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "campaign_nine_months_deadline_days",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<bool>(
                name: "campaign_nine_months_in_use",
                table: "municipalities",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "campaign_quarter1_deadline_days",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<bool>(
                name: "campaign_quarter1_in_use",
                table: "municipalities",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "methodology_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    effective_from_year = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    settings_achievement_cap = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    settings_high_lower = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    settings_high_upper = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    settings_official = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    settings_planned_lower = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    settings_suspicious_achievement = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    settings_weight_mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    settings_weight_sum_tolerance = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    settings_zero_denominator = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_methodology_versions", x => x.id);
                    table.CheckConstraint("ck_methodology_versions_settings_official_known", "settings_official IN ('Procedure', 'Federal')");
                    table.CheckConstraint("ck_methodology_versions_settings_weight_mode_known", "settings_weight_mode IN ('Equal', 'Explicit')");
                    table.CheckConstraint("ck_methodology_versions_settings_zero_denominator_known", "settings_zero_denominator IN ('CountAsMetOrNot', 'Exclude')");
                    table.CheckConstraint("ck_methodology_versions_year", "effective_from_year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "FK_methodology_versions_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_methodology_version_id",
                table: "progress_reports",
                column: "methodology_version_id");

            migrationBuilder.CreateIndex(
                name: "IX_methodology_versions_municipality_id_effective_from_year",
                table: "methodology_versions",
                columns: new[] { "municipality_id", "effective_from_year" });

            migrationBuilder.AddForeignKey(
                name: "FK_progress_reports_methodology_versions_methodology_version_id",
                table: "progress_reports",
                column: "methodology_version_id",
                principalTable: "methodology_versions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
            // The settings move from municipalities to their first version, in effect from the first year the
            // portal knows; every report accepted so far was evaluated with them and keeps them.
            migrationBuilder.Sql("""
                INSERT INTO methodology_versions (municipality_id, effective_from_year, changed_at, changed_by,
                    settings_achievement_cap, settings_high_lower, settings_high_upper, settings_official, settings_planned_lower,
                    settings_suspicious_achievement, settings_weight_mode, settings_weight_sum_tolerance, settings_zero_denominator)
                SELECT id, 2000, now(), 'migration',
                    methodology_achievement_cap, methodology_high_lower, methodology_high_upper, methodology_official, methodology_planned_lower,
                    methodology_suspicious_achievement, methodology_weight_mode, methodology_weight_sum_tolerance, methodology_zero_denominator
                FROM municipalities;
                UPDATE progress_reports r SET methodology_version_id = v.id
                FROM programs p JOIN methodology_versions v ON v.municipality_id = p.municipality_id
                WHERE r.program_id = p.id AND r.status = 'Accepted';
                """);

            migrationBuilder.DropCheckConstraint(
                name: "ck_municipalities_methodology_official_known",
                table: "municipalities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_municipalities_methodology_weight_mode_known",
                table: "municipalities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_municipalities_methodology_zero_denominator_known",
                table: "municipalities");

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Going back loses the versions: the municipalities get the documented defaults (docs/methodology.md §12).
            migrationBuilder.DropForeignKey(
                name: "FK_progress_reports_methodology_versions_methodology_version_id",
                table: "progress_reports");

            migrationBuilder.DropTable(
                name: "methodology_versions");

            migrationBuilder.DropIndex(
                name: "IX_progress_reports_methodology_version_id",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "methodology_version_id",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "campaign_annual_deadline_day",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "campaign_annual_deadline_month",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "campaign_half_year_deadline_days",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "campaign_half_year_in_use",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "campaign_nine_months_deadline_days",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "campaign_nine_months_in_use",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "campaign_quarter1_deadline_days",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "campaign_quarter1_in_use",
                table: "municipalities");

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

            migrationBuilder.AddCheckConstraint(
                name: "ck_municipalities_methodology_official_known",
                table: "municipalities",
                sql: "methodology_official IN ('Procedure', 'Federal')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_municipalities_methodology_weight_mode_known",
                table: "municipalities",
                sql: "methodology_weight_mode IN ('Equal', 'Explicit')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_municipalities_methodology_zero_denominator_known",
                table: "municipalities",
                sql: "methodology_zero_denominator IN ('CountAsMetOrNot', 'Exclude')");
        }
    }
}
