using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EveryStoredStateValid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // First repair what older versions let through, so the constraints below can be added: an unknown weight mode
            // (a posted '99') becomes the default, equal weights; texts longer than their new limit are cut to it.
            migrationBuilder.Sql("UPDATE progress_reports SET weight_mode = 'Equal' WHERE weight_mode NOT IN ('Equal', 'Explicit');");
            migrationBuilder.Sql("UPDATE municipalities SET methodology_weight_mode = 'Equal' WHERE methodology_weight_mode NOT IN ('Equal', 'Explicit');");
            migrationBuilder.Sql("UPDATE progress_reports SET status = 'Draft' WHERE status NOT IN ('Draft', 'Submitted', 'Returned', 'Accepted');");
            foreach (var (table, column, max) in new[]
            {
                ("report_activity_executions", "problems", 4000), ("report_activity_executions", "not_done_reason", 4000),
                ("report_activity_executions", "done", 4000), ("progress_reports", "signatory_position", 300),
                ("progress_reports", "signatory_name", 300), ("progress_reports", "return_reason", 2000),
                ("progress_reports", "narrative", 20000), ("progress_reports", "contact_phone", 50),
                ("progress_reports", "contact_name", 300), ("indicator_values", "deviation_reason", 2000), ("audit_entries", "reason", 4000),
            })
                migrationBuilder.Sql($"UPDATE {table} SET {column} = left({column}, {max}) WHERE length({column}) > {max};");

            migrationBuilder.AlterColumn<string>(
                name: "problems",
                table: "report_activity_executions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "not_done_reason",
                table: "report_activity_executions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "done",
                table: "report_activity_executions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "signatory_position",
                table: "progress_reports",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "signatory_name",
                table: "progress_reports",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "return_reason",
                table: "progress_reports",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "narrative",
                table: "progress_reports",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "contact_phone",
                table: "progress_reports",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "contact_name",
                table: "progress_reports",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "deviation_reason",
                table: "indicator_values",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "reason",
                table: "audit_entries",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_resource_needs_kind_known",
                table: "resource_needs",
                sql: "kind IN ('Financial', 'Material', 'Labor', 'Other')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_progress_reports_additional_criteria_size",
                table: "progress_reports",
                sql: "length(additional_criteria::text) <= 200000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_progress_reports_period_known",
                table: "progress_reports",
                sql: "period IN ('Year', 'Quarter1', 'HalfYear', 'NineMonths')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_progress_reports_status_known",
                table: "progress_reports",
                sql: "status IN ('Draft', 'Submitted', 'Returned', 'Accepted')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_progress_reports_weight_mode_known",
                table: "progress_reports",
                sql: "weight_mode IN ('Equal', 'Explicit')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_progress_reports_year",
                table: "progress_reports",
                sql: "year BETWEEN 1990 AND 2100");

            migrationBuilder.AddCheckConstraint(
                name: "ck_programs_status_known",
                table: "programs",
                sql: "status IN ('Draft', 'Approved', 'InForce', 'Completed', 'TerminatedEarly')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_programs_years",
                table: "programs",
                sql: "start_year BETWEEN 1990 AND 2100 AND (end_year IS NULL OR end_year BETWEEN start_year AND 2100)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_program_drafts_kind_known",
                table: "program_drafts",
                sql: "kind IN ('Initial', 'Amendment')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_program_drafts_status_known",
                table: "program_drafts",
                sql: "status IN ('Editing', 'UnderReview', 'Returned', 'Agreed')");

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

            migrationBuilder.AddCheckConstraint(
                name: "ck_municipalities_money_unit_known",
                table: "municipalities",
                sql: "money_unit IN ('Rubles', 'ThousandRubles')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_indicators_direction_known",
                table: "indicators",
                sql: "direction IN ('Increase', 'Decrease')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_indicators_kind_known",
                table: "indicators",
                sql: "kind IN ('Output', 'Outcome')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_indicators_target_kind_known",
                table: "indicators",
                sql: "target_kind IN ('Value', 'AtMost', 'AtLeast', 'Range', 'YesNo')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_indicator_values_period_known",
                table: "indicator_values",
                sql: "period IN ('Year', 'Quarter1', 'HalfYear', 'NineMonths')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_funding_lines_period_known",
                table: "funding_lines",
                sql: "period IN ('Year', 'Quarter1', 'HalfYear', 'NineMonths')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_funding_lines_source_known",
                table: "funding_lines",
                sql: "source IN ('Federal', 'Regional', 'Local', 'Settlements', 'ExtraBudgetary')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_departments_kind_known",
                table: "departments",
                sql: "kind IN ('Administration', 'Department', 'Institution', 'Enterprise', 'Official', 'Other')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_activities_kind_known",
                table: "activities",
                sql: "kind IN ('MainActivity', 'Activity')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_resource_needs_kind_known",
                table: "resource_needs");

            migrationBuilder.DropCheckConstraint(
                name: "ck_progress_reports_additional_criteria_size",
                table: "progress_reports");

            migrationBuilder.DropCheckConstraint(
                name: "ck_progress_reports_period_known",
                table: "progress_reports");

            migrationBuilder.DropCheckConstraint(
                name: "ck_progress_reports_status_known",
                table: "progress_reports");

            migrationBuilder.DropCheckConstraint(
                name: "ck_progress_reports_weight_mode_known",
                table: "progress_reports");

            migrationBuilder.DropCheckConstraint(
                name: "ck_progress_reports_year",
                table: "progress_reports");

            migrationBuilder.DropCheckConstraint(
                name: "ck_programs_status_known",
                table: "programs");

            migrationBuilder.DropCheckConstraint(
                name: "ck_programs_years",
                table: "programs");

            migrationBuilder.DropCheckConstraint(
                name: "ck_program_drafts_kind_known",
                table: "program_drafts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_program_drafts_status_known",
                table: "program_drafts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_municipalities_methodology_official_known",
                table: "municipalities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_municipalities_methodology_weight_mode_known",
                table: "municipalities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_municipalities_methodology_zero_denominator_known",
                table: "municipalities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_municipalities_money_unit_known",
                table: "municipalities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_indicators_direction_known",
                table: "indicators");

            migrationBuilder.DropCheckConstraint(
                name: "ck_indicators_kind_known",
                table: "indicators");

            migrationBuilder.DropCheckConstraint(
                name: "ck_indicators_target_kind_known",
                table: "indicators");

            migrationBuilder.DropCheckConstraint(
                name: "ck_indicator_values_period_known",
                table: "indicator_values");

            migrationBuilder.DropCheckConstraint(
                name: "ck_funding_lines_period_known",
                table: "funding_lines");

            migrationBuilder.DropCheckConstraint(
                name: "ck_funding_lines_source_known",
                table: "funding_lines");

            migrationBuilder.DropCheckConstraint(
                name: "ck_departments_kind_known",
                table: "departments");

            migrationBuilder.DropCheckConstraint(
                name: "ck_activities_kind_known",
                table: "activities");

            migrationBuilder.AlterColumn<string>(
                name: "problems",
                table: "report_activity_executions",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "not_done_reason",
                table: "report_activity_executions",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "done",
                table: "report_activity_executions",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "signatory_position",
                table: "progress_reports",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "signatory_name",
                table: "progress_reports",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "return_reason",
                table: "progress_reports",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "narrative",
                table: "progress_reports",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "contact_phone",
                table: "progress_reports",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "contact_name",
                table: "progress_reports",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "deviation_reason",
                table: "indicator_values",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "reason",
                table: "audit_entries",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000,
                oldNullable: true);
        }
    }
}
