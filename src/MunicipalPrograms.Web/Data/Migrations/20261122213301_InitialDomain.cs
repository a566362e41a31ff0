using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    money_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    budget_names_extra_budgetary = table.Column<string>(type: "text", nullable: false),
                    budget_names_federal = table.Column<string>(type: "text", nullable: false),
                    budget_names_local = table.Column<string>(type: "text", nullable: false),
                    budget_names_regional = table.Column<string>(type: "text", nullable: false),
                    budget_names_settlements = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipalities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    short_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.id);
                    table.ForeignKey(
                        name: "FK_departments_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    registry_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    start_year = table.Column<int>(type: "integer", nullable: false),
                    end_year = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    responsible_executor_id = table.Column<int>(type: "integer", nullable: false),
                    curator = table.Column<string>(type: "text", nullable: true),
                    customer = table.Column<string>(type: "text", nullable: true),
                    socio_economic_goal = table.Column<string>(type: "text", nullable: true),
                    current_state = table.Column<string>(type: "text", nullable: true),
                    risks = table.Column<string>(type: "text", nullable: true),
                    management = table.Column<string>(type: "text", nullable: true),
                    stages = table.Column<string>(type: "text", nullable: true),
                    expected_results = table.Column<List<string>>(type: "text[]", nullable: false),
                    approving_act_date = table.Column<DateOnly>(type: "date", nullable: true),
                    approving_act_issuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    approving_act_kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    approving_act_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    approving_act_title = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programs", x => x.id);
                    table.ForeignKey(
                        name: "FK_programs_departments_responsible_executor_id",
                        column: x => x.responsible_executor_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_programs_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "amendments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    act_date = table.Column<DateOnly>(type: "date", nullable: true),
                    act_issuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    act_kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    act_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    act_title = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_amendments", x => x.id);
                    table.ForeignKey(
                        name: "FK_amendments_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    weight_mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "text", nullable: true),
                    deadline_override = table.Column<DateOnly>(type: "date", nullable: true),
                    signatory_name = table.Column<string>(type: "text", nullable: true),
                    signatory_position = table.Column<string>(type: "text", nullable: true),
                    contact_name = table.Column<string>(type: "text", nullable: true),
                    contact_phone = table.Column<string>(type: "text", nullable: true),
                    narrative = table.Column<string>(type: "text", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    additional_criteria = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_reports", x => x.id);
                    table.ForeignKey(
                        name: "FK_annual_reports_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "program_co_executors",
                columns: table => new
                {
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_co_executors", x => new { x.program_id, x.department_id });
                    table.ForeignKey(
                        name: "FK_program_co_executors_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_program_co_executors_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resource_needs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resource_needs", x => x.id);
                    table.ForeignKey(
                        name: "FK_resource_needs_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subprograms",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    responsible_executor_id = table.Column<int>(type: "integer", nullable: true),
                    co_executors = table.Column<string>(type: "text", nullable: true),
                    goals_text = table.Column<string>(type: "text", nullable: true),
                    objectives_text = table.Column<string>(type: "text", nullable: true),
                    expected_results = table.Column<string>(type: "text", nullable: true),
                    start_year = table.Column<int>(type: "integer", nullable: true),
                    end_year = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subprograms", x => x.id);
                    table.ForeignKey(
                        name: "FK_subprograms_departments_responsible_executor_id",
                        column: x => x.responsible_executor_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_subprograms_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "goals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    subprogram_id = table.Column<int>(type: "integer", nullable: true),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goals", x => x.id);
                    table.ForeignKey(
                        name: "FK_goals_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_goals_subprograms_subprogram_id",
                        column: x => x.subprogram_id,
                        principalTable: "subprograms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "objectives",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    goal_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_objectives", x => x.id);
                    table.ForeignKey(
                        name: "FK_objectives_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    structure_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    name = table.Column<string>(type: "text", nullable: false),
                    objective_id = table.Column<int>(type: "integer", nullable: true),
                    subprogram_id = table.Column<int>(type: "integer", nullable: true),
                    planned_start = table.Column<DateOnly>(type: "date", nullable: true),
                    planned_end = table.Column<DateOnly>(type: "date", nullable: true),
                    is_investment = table.Column<bool>(type: "boolean", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities", x => x.id);
                    table.ForeignKey(
                        name: "FK_activities_activities_parent_id",
                        column: x => x.parent_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_activities_objectives_objective_id",
                        column: x => x.objective_id,
                        principalTable: "objectives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_activities_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activities_subprograms_subprogram_id",
                        column: x => x.subprogram_id,
                        principalTable: "subprograms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activity_executors",
                columns: table => new
                {
                    activity_id = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_executors", x => new { x.activity_id, x.department_id });
                    table.ForeignKey(
                        name: "FK_activity_executors_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activity_executors_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activity_year_results",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    activity_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_year_results", x => x.id);
                    table.ForeignKey(
                        name: "FK_activity_year_results_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "capital_construction_objects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    activity_id = table.Column<int>(type: "integer", nullable: true),
                    name_and_location = table.Column<string>(type: "text", nullable: false),
                    capacity = table.Column<string>(type: "text", nullable: true),
                    construction_start_year = table.Column<int>(type: "integer", nullable: true),
                    construction_end_year = table.Column<int>(type: "integer", nullable: true),
                    has_approved_design = table.Column<bool>(type: "boolean", nullable: false),
                    ownership = table.Column<string>(type: "text", nullable: true),
                    estimated_cost_design_prices = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    estimated_cost_base_prices = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    remaining_design_prices = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    remaining_base_prices = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capital_construction_objects", x => x.id);
                    table.ForeignKey(
                        name: "FK_capital_construction_objects_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_capital_construction_objects_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "funding_lines",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    activity_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    executor_id = table.Column<int>(type: "integer", nullable: true),
                    planned = table.Column<decimal>(type: "numeric(20,5)", precision: 20, scale: 5, nullable: false),
                    period_planned = table.Column<decimal>(type: "numeric(20,5)", precision: 20, scale: 5, nullable: true),
                    actual = table.Column<decimal>(type: "numeric(20,5)", precision: 20, scale: 5, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_lines", x => x.id);
                    table.ForeignKey(
                        name: "FK_funding_lines_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_funding_lines_departments_executor_id",
                        column: x => x.executor_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_funding_lines_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    target_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    base_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    base_year = table.Column<int>(type: "integer", nullable: true),
                    base_note = table.Column<string>(type: "text", nullable: true),
                    goal_id = table.Column<int>(type: "integer", nullable: true),
                    objective_id = table.Column<int>(type: "integer", nullable: true),
                    subprogram_id = table.Column<int>(type: "integer", nullable: true),
                    activity_id = table.Column<int>(type: "integer", nullable: true),
                    calculation_method = table.Column<string>(type: "text", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.id);
                    table.ForeignKey(
                        name: "FK_indicators_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_indicators_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_indicators_objectives_objective_id",
                        column: x => x.objective_id,
                        principalTable: "objectives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_indicators_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_indicators_subprograms_subprogram_id",
                        column: x => x.subprogram_id,
                        principalTable: "subprograms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_activity_executions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    report_id = table.Column<int>(type: "integer", nullable: false),
                    activity_id = table.Column<int>(type: "integer", nullable: false),
                    done = table.Column<string>(type: "text", nullable: true),
                    not_done_reason = table.Column<string>(type: "text", nullable: true),
                    problems = table.Column<string>(type: "text", nullable: true),
                    actual_completion = table.Column<DateOnly>(type: "date", nullable: true),
                    completed = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_activity_executions", x => x.id);
                    table.ForeignKey(
                        name: "FK_report_activity_executions_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_report_activity_executions_annual_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "annual_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_passports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "text", nullable: true),
                    responsible_person = table.Column<string>(type: "text", nullable: true),
                    formation_procedure = table.Column<string>(type: "text", nullable: true),
                    monitoring_description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_passports", x => x.id);
                    table.ForeignKey(
                        name: "FK_indicator_passports_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_values",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    planned = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    planned_upper = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    actual = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    not_measured = table.Column<bool>(type: "boolean", nullable: false),
                    deviation_reason = table.Column<string>(type: "text", nullable: true),
                    actual_note = table.Column<string>(type: "text", nullable: true),
                    calculation = table.Column<string>(type: "text", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_values", x => x.id);
                    table.ForeignKey(
                        name: "FK_indicator_values_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_indicator_weights",
                columns: table => new
                {
                    report_id = table.Column<int>(type: "integer", nullable: false),
                    indicator_id = table.Column<int>(type: "integer", nullable: false),
                    weight = table.Column<decimal>(type: "numeric(9,8)", precision: 9, scale: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_indicator_weights", x => new { x.report_id, x.indicator_id });
                    table.CheckConstraint("ck_weight_range", "weight >= 0 AND weight <= 1");
                    table.ForeignKey(
                        name: "FK_report_indicator_weights_annual_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "annual_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_report_indicator_weights_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "base_measures",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    passport_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: false),
                    symbol = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    collection_method = table.Column<int>(type: "integer", nullable: false),
                    observation_unit = table.Column<string>(type: "text", nullable: true),
                    coverage = table.Column<int>(type: "integer", nullable: false),
                    periodicity = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_base_measures", x => x.id);
                    table.CheckConstraint("ck_base_measures_collection_method", "collection_method BETWEEN 1 AND 8");
                    table.CheckConstraint("ck_base_measures_coverage", "coverage BETWEEN 1 AND 2");
                    table.ForeignKey(
                        name: "FK_base_measures_indicator_passports_passport_id",
                        column: x => x.passport_id,
                        principalTable: "indicator_passports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_objective_id",
                table: "activities",
                column: "objective_id");

            migrationBuilder.CreateIndex(
                name: "IX_activities_parent_id",
                table: "activities",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "IX_activities_program_id_code",
                table: "activities",
                columns: new[] { "program_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_subprogram_id",
                table: "activities",
                column: "subprogram_id");

            migrationBuilder.CreateIndex(
                name: "IX_activity_executors_department_id",
                table: "activity_executors",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "IX_activity_year_results_activity_id_year",
                table: "activity_year_results",
                columns: new[] { "activity_id", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_amendments_program_id",
                table: "amendments",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_program_id_year_period",
                table: "annual_reports",
                columns: new[] { "program_id", "year", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_base_measures_passport_id",
                table: "base_measures",
                column: "passport_id");

            migrationBuilder.CreateIndex(
                name: "IX_capital_construction_objects_activity_id",
                table: "capital_construction_objects",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "IX_capital_construction_objects_program_id",
                table: "capital_construction_objects",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "IX_departments_municipality_id_code",
                table: "departments",
                columns: new[] { "municipality_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_lines_activity_id_year_period_source_executor_id",
                table: "funding_lines",
                columns: new[] { "activity_id", "year", "period", "source", "executor_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_funding_lines_executor_id",
                table: "funding_lines",
                column: "executor_id");

            migrationBuilder.CreateIndex(
                name: "IX_funding_lines_program_id_year",
                table: "funding_lines",
                columns: new[] { "program_id", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_goals_program_id_code",
                table: "goals",
                columns: new[] { "program_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_goals_subprogram_id",
                table: "goals",
                column: "subprogram_id");

            migrationBuilder.CreateIndex(
                name: "IX_indicator_passports_indicator_id",
                table: "indicator_passports",
                column: "indicator_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicator_values_indicator_id_year_period",
                table: "indicator_values",
                columns: new[] { "indicator_id", "year", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_activity_id",
                table: "indicators",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_goal_id",
                table: "indicators",
                column: "goal_id");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_objective_id",
                table: "indicators",
                column: "objective_id");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_program_id_code",
                table: "indicators",
                columns: new[] { "program_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_subprogram_id",
                table: "indicators",
                column: "subprogram_id");

            migrationBuilder.CreateIndex(
                name: "IX_municipalities_code",
                table: "municipalities",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_objectives_goal_id_code",
                table: "objectives",
                columns: new[] { "goal_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_program_co_executors_department_id",
                table: "program_co_executors",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "IX_programs_municipality_id_registry_code",
                table: "programs",
                columns: new[] { "municipality_id", "registry_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_programs_responsible_executor_id",
                table: "programs",
                column: "responsible_executor_id");

            migrationBuilder.CreateIndex(
                name: "IX_report_activity_executions_activity_id",
                table: "report_activity_executions",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "IX_report_activity_executions_report_id_activity_id",
                table: "report_activity_executions",
                columns: new[] { "report_id", "activity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_indicator_weights_indicator_id",
                table: "report_indicator_weights",
                column: "indicator_id");

            migrationBuilder.CreateIndex(
                name: "IX_resource_needs_program_id",
                table: "resource_needs",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "IX_subprograms_program_id_code",
                table: "subprograms",
                columns: new[] { "program_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subprograms_responsible_executor_id",
                table: "subprograms",
                column: "responsible_executor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_executors");

            migrationBuilder.DropTable(
                name: "activity_year_results");

            migrationBuilder.DropTable(
                name: "amendments");

            migrationBuilder.DropTable(
                name: "base_measures");

            migrationBuilder.DropTable(
                name: "capital_construction_objects");

            migrationBuilder.DropTable(
                name: "funding_lines");

            migrationBuilder.DropTable(
                name: "indicator_values");

            migrationBuilder.DropTable(
                name: "program_co_executors");

            migrationBuilder.DropTable(
                name: "report_activity_executions");

            migrationBuilder.DropTable(
                name: "report_indicator_weights");

            migrationBuilder.DropTable(
                name: "resource_needs");

            migrationBuilder.DropTable(
                name: "indicator_passports");

            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "objectives");

            migrationBuilder.DropTable(
                name: "goals");

            migrationBuilder.DropTable(
                name: "subprograms");

            migrationBuilder.DropTable(
                name: "programs");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "municipalities");
        }
    }
}
