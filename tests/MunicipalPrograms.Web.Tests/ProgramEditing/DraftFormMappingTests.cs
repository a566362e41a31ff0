using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>The draft forms' mapping to the plan and their messages, without a server.</summary>
public sealed class DraftFormMappingTests
{
    private static readonly IReadOnlySet<int> Departments = new HashSet<int> { 1, 2, 3 };

    private static ProgramPlan Plan() => new()
    {
        Passport = new PlanPassport { Name = "Программа", RegistryCode = "MP-01", StartYear = 2021, EndYear = 2026, ResponsibleExecutorId = 1 },
        Subprograms = [new PlanSubprogram { Key = 5, Code = "1", Name = "Подпрограмма 1" }],
        Goals =
        [
            new PlanGoal
            {
                Key = 10, Code = "1", Name = "Цель",
                Objectives = [new PlanObjective { Key = 11, Code = "1.1", Name = "Задача 1" }, new PlanObjective { Key = 12, Code = "1.2", Name = "Задача 2" }],
            },
        ],
        Activities =
        [
            new PlanActivity { Key = 20, Code = "1", Name = "Основное 1", Kind = ActivityKind.MainActivity },
            new PlanActivity { Key = 21, ParentKey = 20, Code = "1.1", Name = "Мероприятие 1.1", ObjectiveKey = 11 },
            new PlanActivity { Key = 22, ParentKey = 20, Code = "1.2", Name = "Мероприятие 1.2" },
            new PlanActivity { Key = 30, Code = "2", Name = "Основное 2", Kind = ActivityKind.MainActivity },
        ],
        Funding = [new PlanFunding { ActivityKey = 22, Year = 2025, Source = FundingSource.Local, Planned = 100m }],
    };

    [Fact]
    public void The_passport_form_round_trips_and_reads_results_one_per_line()
    {
        var form = PassportForm.From(Plan().Passport, 7);
        form.ExpectedResults = "  Первый результат \n\n Второй результат\r\n";
        form.CoExecutorIds = [3, 2, 1]; // the responsible executor (1) is not its own co-executor

        var passport = form.Read(Departments, approvedEndYear: 2026, new FormErrors());

        passport!.ExpectedResults.Should().Equal("Первый результат", "Второй результат");
        passport.CoExecutorIds.Should().Equal(2, 3);
        (passport.StartYear, passport.EndYear, passport.Name).Should().Be((2021, 2026, "Программа"));
        form.Version.Should().Be(7);
    }

    [Theory]
    [InlineData("", "2026", "StartYear", "Укажите год начала реализации (четыре цифры).")]
    [InlineData("21", "2026", "StartYear", "«21» — не год. Укажите год четырьмя цифрами, например 2025.")]
    [InlineData("2021", "2020", "EndYear", "Год окончания не может быть раньше года начала.")]
    // 1.8: 2021–2024 is four years, fewer than five.
    [InlineData("2021", "2024", "EndYear", "Срок реализации программы — не менее 5 лет (п. 1.8 Порядка): 2021–2025 и дольше.")]
    // 1.8: approved to 2026, so at most 2026 + 2 = 2028.
    [InlineData("2021", "2029", "EndYear", "Срок можно продлить не более чем на 2 года сверх утвержденного (2026): не позднее 2028 года (п. 1.8).")]
    public void Passport_years_get_their_message_next_to_the_field(string start, string end, string field, string message)
    {
        var form = PassportForm.From(Plan().Passport, 1);
        (form.StartYear, form.EndYear) = (start, end);
        var errors = new FormErrors();

        form.Read(Departments, approvedEndYear: 2026, errors).Should().BeNull();

        errors[field].Should().Be(message);
    }

    [Fact]
    public void The_extension_limit_does_not_apply_to_an_initial_project()
    {
        var form = PassportForm.From(Plan().Passport, 1);
        form.EndYear = "2035";

        form.Read(Departments, approvedEndYear: null, new FormErrors())!.EndYear.Should().Be(2035);
    }

    [Fact]
    public void Passport_requires_name_and_code_and_limits_lengths_and_executors()
    {
        var form = PassportForm.From(Plan().Passport, 1);
        (form.Name, form.RegistryCode, form.ResponsibleExecutorId, form.Curator) = (" ", "", 99, new string('к', 1001));
        var errors = new FormErrors();

        form.Read(Departments, 2026, errors).Should().BeNull();

        errors["Name"].Should().Be("Укажите наименование программы.");
        errors["RegistryCode"].Should().Be("Укажите код программы в перечне.");
        errors["ResponsibleExecutorId"].Should().Be("Выберите ответственного исполнителя из подразделений муниципального образования.");
        errors["Curator"].Should().Be("Слишком длинный текст: не более 1000 символов (сейчас 1001).");
    }

    [Fact]
    public void Subprograms_are_added_edited_moved_and_removed_in_one_post()
    {
        var plan = Plan();
        var form = SubprogramsForm.From(plan, 1);
        form.Rows[1].Code = "2"; // the empty row: a new subprogram
        form.Rows[1].Name = "Подпрограмма 2";
        form.Rows[1].StartYear = "2023";
        form.Rows[0].Name = "Подпрограмма 1 (ред.)";
        form.Move = "0:down";

        form.ApplyTo(plan, Departments, new FormErrors()).Should().BeTrue();

        plan.Subprograms.Select(s => (s.Key, s.Code, s.Name)).Should().Equal((-1, "2", "Подпрограмма 2"), (5, "1", "Подпрограмма 1 (ред.)"));
        plan.Subprograms[0].StartYear.Should().Be(2023);
    }

    [Fact]
    public void Subprogram_codes_must_be_unique_and_years_ordered()
    {
        var plan = Plan();
        var form = SubprogramsForm.From(plan, 1);
        (form.Rows[1].Code, form.Rows[1].Name, form.Rows[1].StartYear, form.Rows[1].EndYear) = ("1", "Вторая", "2025", "2024");
        var errors = new FormErrors();

        form.ApplyTo(plan, Departments, errors).Should().BeFalse();

        errors["Rows[1].Code"].Should().Be("Код 1 уже есть у другой подпрограммы: коды в списке не повторяются.");
        errors["Rows[1].EndYear"].Should().Be("Год окончания не может быть раньше года начала.");
        plan.Subprograms.Should().ContainSingle("nothing is changed when the form has errors");
    }

    [Fact]
    public void A_subprogram_that_goals_refer_to_is_not_removed()
    {
        var plan = Plan();
        plan.Goals[0].SubprogramKey = 5;
        var form = SubprogramsForm.From(plan, 1);
        form.Rows[0].Remove = true;
        var errors = new FormErrors();

        form.ApplyTo(plan, Departments, errors).Should().BeFalse();

        errors["Rows[0].Remove"].Should().Be("Подпрограмму нельзя удалить: к ней относятся цели 1. Сначала измените их.");
    }

    [Fact]
    public void Goals_and_objectives_are_added_reordered_and_removed()
    {
        var plan = Plan();
        var form = GoalsForm.From(plan, 1);
        form.Goals[0].Objectives[1].Remove = true; // 1.2: no activity refers to it
        (form.Goals[0].Objectives[2].Code, form.Goals[0].Objectives[2].Name) = ("1.3", "Новая задача");
        (form.Goals[1].Code, form.Goals[1].Name, form.Goals[1].SubprogramKey) = ("2", "Новая цель", 5);
        form.Move = "g:0:down";

        form.ApplyTo(plan, new FormErrors()).Should().BeTrue();

        plan.Goals.Select(g => (g.Code, g.SubprogramKey)).Should().Equal(("2", 5), ("1", null));
        plan.Goals[1].Objectives.Select(o => o.Code).Should().Equal("1.1", "1.3");
        plan.Goals[1].Objectives[1].Key.Should().BeNegative("a new objective gets a new key");
    }

    [Fact]
    public void An_objective_with_activities_is_not_removed_and_codes_repeat_only_across_goals()
    {
        var plan = Plan();
        var form = GoalsForm.From(plan, 1);
        form.Goals[0].Objectives[0].Remove = true; // activity 1.1 refers to 1.1
        form.Goals[0].Objectives[1].Code = "1.1";
        var errors = new FormErrors();

        form.ApplyTo(plan, errors).Should().BeFalse();

        errors["Goals[0].Objectives[0].Remove"].Should().Be("Задачу нельзя удалить: к ней привязаны мероприятия 1.1. Сначала измените их.");
        errors["Goals[0].Objectives[1].Code"].Should().BeNull("the removed row's code does not count");
    }

    [Fact]
    public void Objective_codes_are_unique_within_their_goal()
    {
        var plan = Plan();
        var form = GoalsForm.From(plan, 1);
        form.Goals[0].Objectives[1].Code = "1.1";
        form.Goals[0].Name = "";
        var errors = new FormErrors();

        form.ApplyTo(plan, errors).Should().BeFalse();

        errors["Goals[0].Objectives[1].Code"].Should().Be("Код 1.1 уже есть у другой задачи этой цели: коды в списке не повторяются.");
        errors["Goals[0].Name"].Should().Be("Укажите формулировку цели.");
    }

    [Fact]
    public void A_new_activity_goes_last_under_its_parent_with_dates_and_results_by_year()
    {
        var plan = Plan();
        var form = ActivityForm.New(plan, 20, 1);
        (form.Code, form.Name, form.PlannedStart, form.PlannedEnd) = ("1.3", "Новое", "01.02.2025", "31.12.2026");
        form.ExpectedResults = "2026: Второй год\n2025 – Первый год";
        form.ExecutorIds = [2, 1];

        var saved = ActivityEdits.Save(plan, form, Departments, new FormErrors());

        saved!.Key.Should().Be(-1);
        plan.Activities.Select(a => a.Code).Should().Equal("1", "1.1", "1.2", "1.3", "2");
        (saved.PlannedStart, saved.PlannedEnd).Should().Be((new DateOnly(2025, 2, 1), new DateOnly(2026, 12, 31)));
        saved.ExpectedResults.Select(r => (r.Year, r.Text)).Should().Equal((2025, "Первый год"), (2026, "Второй год"));
        saved.ExecutorIds.Should().Equal(1, 2);
    }

    [Fact]
    public void Moving_an_activity_to_another_parent_takes_it_there_and_siblings_swap_with_their_children()
    {
        var plan = Plan();
        var form = ActivityForm.From(plan.Activities[1], 1); // 1.1 moves under 2
        form.ParentKey = 30;
        ActivityEdits.Save(plan, form, Departments, new FormErrors()).Should().NotBeNull();
        plan.Activities.Select(a => a.Code).Should().Equal("1", "1.2", "2", "1.1");

        ActivityEdits.Move(plan, 30, -1).Should().BeTrue();

        plan.Activities.Select(a => a.Code).Should().Equal("2", "1.1", "1", "1.2");
        ActivityEdits.Move(plan, 30, -1).Should().BeFalse("the first sibling cannot go higher");
    }

    [Theory]
    [InlineData(20, "Мероприятие не может входить в само себя или в свое вложенное мероприятие.")]
    [InlineData(21, "Мероприятие не может входить в само себя или в свое вложенное мероприятие.")]
    [InlineData(999, "Такого мероприятия в проекте нет.")]
    public void An_activity_cannot_go_under_itself_or_its_descendant(int parent, string message)
    {
        var plan = Plan();
        var form = ActivityForm.From(plan.Activities[0], 1);
        form.ParentKey = parent;
        var errors = new FormErrors();

        ActivityEdits.Save(plan, form, Departments, errors).Should().BeNull();

        errors["ParentKey"].Should().Be(message);
    }

    [Fact]
    public void Activity_dates_codes_and_result_lines_are_checked()
    {
        var plan = Plan();
        var form = ActivityForm.From(plan.Activities[2], 1);
        (form.Code, form.PlannedStart, form.PlannedEnd, form.ExpectedResults) = ("1.1", "31.12.2025", "01.01.2025", "в 2025 году всё");
        var errors = new FormErrors();

        ActivityEdits.Save(plan, form, Departments, errors).Should().BeNull();

        errors["Code"].Should().Be("Код 1.1 уже есть у другого мероприятия: коды мероприятий не повторяются.");
        errors["PlannedEnd"].Should().Be("Дата окончания не может быть раньше даты начала.");
        errors["ExpectedResults"].Should().Be("Строка «в 2025 году всё»: укажите год четырьмя цифрами и результат, например «2025: Проведено 4 семинара».");
        form.PlannedStart = "31.02.2025";
        var second = new FormErrors();
        ActivityEdits.Save(plan, form, Departments, second);
        second["PlannedStart"].Should().Be("«31.02.2025» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 15.03.2025.");
    }

    [Fact]
    public void An_activity_with_children_is_not_removed_and_a_leaf_goes_with_its_funding()
    {
        var plan = Plan();

        ActivityEdits.Remove(plan, 20).Should().Be("Мероприятие 1 «Основное 1» нельзя удалить: в него входят другие мероприятия. "
                                                   + "Сначала удалите их или перенесите в другое мероприятие.");
        ActivityEdits.Remove(plan, 22).Should().BeNull();

        plan.Activities.Select(a => a.Code).Should().Equal("1", "1.1", "2");
        plan.Funding.Should().BeEmpty();
    }
}
