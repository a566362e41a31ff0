using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MoneyAndPeriodChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "remaining_design_prices",
                table: "capital_construction_objects",
                type: "numeric(20,5)",
                precision: 20,
                scale: 5,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldPrecision: 18,
                oldScale: 4,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "remaining_base_prices",
                table: "capital_construction_objects",
                type: "numeric(20,5)",
                precision: 20,
                scale: 5,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldPrecision: 18,
                oldScale: 4,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "estimated_cost_design_prices",
                table: "capital_construction_objects",
                type: "numeric(20,5)",
                precision: 20,
                scale: 5,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldPrecision: 18,
                oldScale: 4,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "estimated_cost_base_prices",
                table: "capital_construction_objects",
                type: "numeric(20,5)",
                precision: 20,
                scale: 5,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,4)",
                oldPrecision: 18,
                oldScale: 4,
                oldNullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_resource_amount_not_negative",
                table: "resource_needs",
                sql: "amount >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "ck_funding_amounts_not_negative",
                table: "funding_lines",
                sql: "planned >= 0 AND (period_planned IS NULL OR period_planned >= 0) AND (actual IS NULL OR actual >= 0)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_capital_costs_not_negative",
                table: "capital_construction_objects",
                sql: "COALESCE(estimated_cost_design_prices, 0) >= 0 AND COALESCE(estimated_cost_base_prices, 0) >= 0 AND COALESCE(remaining_design_prices, 0) >= 0 AND COALESCE(remaining_base_prices, 0) >= 0");

            // A plan value or a funding line must fall within the program's period (issue 2). A check
            // constraint cannot look at another table, so a trigger does it. Actual-only values outside
            // the period stay allowed: reports print the previous year's fact next to the plan.
            migrationBuilder.Sql(@"
CREATE FUNCTION check_year_in_program_period() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    p_start int; p_end int; p_id int;
BEGIN
    IF TG_TABLE_NAME = 'indicator_values' THEN
        IF NEW.planned IS NULL THEN RETURN NEW; END IF;
        SELECT program_id INTO p_id FROM indicators WHERE id = NEW.indicator_id;
    ELSE
        p_id := NEW.program_id;
    END IF;
    SELECT start_year, end_year INTO p_start, p_end FROM programs WHERE id = p_id;
    IF NEW.year < p_start OR (p_end IS NOT NULL AND NEW.year > p_end) THEN
        RAISE EXCEPTION 'year % is outside the program period %-%', NEW.year, p_start, COALESCE(p_end::text, '')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_year_in_program_period';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tr_indicator_values_year BEFORE INSERT OR UPDATE OF year, planned, indicator_id ON indicator_values
    FOR EACH ROW EXECUTE FUNCTION check_year_in_program_period();
CREATE TRIGGER tr_funding_lines_year BEFORE INSERT OR UPDATE OF year, program_id ON funding_lines
    FOR EACH ROW EXECUTE FUNCTION check_year_in_program_period();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
DROP TRIGGER tr_funding_lines_year ON funding_lines;
DROP TRIGGER tr_indicator_values_year ON indicator_values;
DROP FUNCTION check_year_in_program_period();");

            migrationBuilder.DropCheckConstraint(
                name: "ck_resource_amount_not_negative",
                table: "resource_needs");

            migrationBuilder.DropCheckConstraint(
                name: "ck_funding_amounts_not_negative",
                table: "funding_lines");

            migrationBuilder.DropCheckConstraint(
                name: "ck_capital_costs_not_negative",
                table: "capital_construction_objects");

            migrationBuilder.AlterColumn<decimal>(
                name: "remaining_design_prices",
                table: "capital_construction_objects",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,5)",
                oldPrecision: 20,
                oldScale: 5,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "remaining_base_prices",
                table: "capital_construction_objects",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,5)",
                oldPrecision: 20,
                oldScale: 5,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "estimated_cost_design_prices",
                table: "capital_construction_objects",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,5)",
                oldPrecision: 20,
                oldScale: 5,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "estimated_cost_base_prices",
                table: "capital_construction_objects",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(20,5)",
                oldPrecision: 20,
                oldScale: 5,
                oldNullable: true);
        }
    }
}
