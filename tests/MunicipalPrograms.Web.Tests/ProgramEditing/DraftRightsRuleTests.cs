using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing;

namespace MunicipalPrograms.Web.Tests.ProgramEditing;

/// <summary>
/// <see cref="DraftRights"/> without a server: department 5 is the responsible executor, department 7 executes
/// activity 1 (with indicator 10 attached), department 8 executes activity 2 (indicator 11); indicator 12 is the program's.
/// </summary>
public sealed class DraftRightsRuleTests
{
    private static readonly MunicipalProgram Program = new() { Id = 1, ResponsibleExecutorId = 5 };

    private static ProgramPlan Plan() => new()
    {
        Passport = new PlanPassport { Name = "Программа", StartYear = 2025, EndYear = 2030, ResponsibleExecutorId = 5 },
        Activities =
        [
            new PlanActivity { Key = 1, Code = "1.1", Name = "Своё", ExecutorIds = [7] },
            new PlanActivity { Key = 2, Code = "1.2", Name = "Чужое", ExecutorIds = [8] },
        ],
        Indicators =
        [
            new PlanIndicator { Key = 10, Code = "1", Name = "Показатель своего", ActivityKey = 1, Plans = [new PlanValue { Year = 2025, Planned = 5m }] },
            new PlanIndicator { Key = 11, Code = "2", Name = "Показатель чужого", ActivityKey = 2, Plans = [new PlanValue { Year = 2025, Planned = 6m }] },
            new PlanIndicator { Key = 12, Code = "3", Name = "Показатель программы", Plans = [new PlanValue { Year = 2025, Planned = 7m }] },
        ],
        Funding =
        [
            new PlanFunding { ActivityKey = 1, Year = 2025, Source = FundingSource.Local, Planned = 100m },
            new PlanFunding { ActivityKey = 2, Year = 2025, Source = FundingSource.Local, Planned = 200m },
        ],
    };

    private static DraftRights Rights(string role, int? department, bool editable = true) =>
        DraftRights.For(Program, Plan(), new UserScope("u", role, department, 1), editable);

    private static string? Refusal(DraftRights rights, Action<ProgramPlan> edit)
    {
        var after = Plan();
        edit(after);
        return rights.Refusal(Plan(), PlanDiff.Between(Plan(), after)) ?? rights.OrderRefusal(Plan(), after);
    }

    [Fact]
    public void The_co_executor_edits_its_activity_its_funding_and_its_indicator_only()
    {
        var r = Rights(Roles.Executor, 7);

        (r.IsCoExecutor, r.CanEditAnything, r.CanEditPassport).Should().Be((true, true, false));
        (r.CanEditActivity(1), r.CanEditActivity(2), r.CanEditFunding(1), r.CanEditFunding(2)).Should().Be((true, false, true, false));
        (r.CanEditIndicator(10), r.CanEditIndicator(11), r.CanEditIndicator(12)).Should().Be((true, false, false));
    }

    [Fact]
    public void The_responsible_executor_and_an_administrator_edit_everything_and_readers_nothing()
    {
        var responsible = Rights(Roles.Executor, 5);
        var admin = Rights(Roles.Administrator, null);
        var finance = Rights(Roles.Finance, null);
        var stranger = Rights(Roles.Executor, 9);

        (responsible.CanEditPassport, responsible.CanEditActivity(2), responsible.CanEditIndicator(12)).Should().Be((true, true, true));
        (admin.CanEditPassport, admin.CanEditFunding(2)).Should().Be((true, true));
        (finance.CanEditAnything, finance.CanEditActivity(1)).Should().Be((false, false));
        (stranger.CanEditAnything, stranger.CanEditActivity(1)).Should().Be((false, false));
    }

    [Fact]
    public void Nobody_edits_a_draft_under_review()
    {
        var co = Rights(Roles.Executor, 7, editable: false);
        var responsible = Rights(Roles.Executor, 5, editable: false);

        (co.CanEditAnything, co.CanEditActivity(1), co.CanEditFunding(1), co.CanEditIndicator(10)).Should().Be((false, false, false, false));
        (responsible.CanEditPassport, responsible.CanEditActivity(1)).Should().Be((false, false));
    }

    [Fact]
    public void The_co_executors_own_changes_are_accepted()
    {
        var r = Rights(Roles.Executor, 7);

        Refusal(r, p =>
        {
            var a = p.Activities[0];
            (a.Name, a.PlannedStart, a.PlannedEnd, a.IsInvestment) = ("Своё, уточнено", new DateOnly(2025, 2, 1), new DateOnly(2025, 11, 30), true);
            a.ExpectedResults.Add(new PlanYearText { Year = 2025, Text = "Выпущено 12 номеров" });
            p.Funding[0].Planned = 150m;
            p.Funding.Add(new PlanFunding { ActivityKey = 1, Year = 2026, Source = FundingSource.Regional, Planned = 50m });
            p.Indicators[0].Plans[0].Planned = 8m;
        }).Should().BeNull();
    }

    [Theory]
    [InlineData("passport", "Паспорт программы изменяет ответственный исполнитель. Ничего не сохранено.")]
    [InlineData("other activity", "Мероприятие 1.2 «Чужое» изменяют ответственный исполнитель и исполнители этого мероприятия. Ничего не сохранено.")]
    [InlineData("own code", "Мероприятие 1.1 «Своё»: код, вид, место в перечне, задачу, подпрограмму и исполнителей, добавление и удаление изменяет ответственный исполнитель. Ничего не сохранено.")]
    [InlineData("own executors", "Мероприятие 1.1 «Своё»: код, вид, место в перечне, задачу, подпрограмму и исполнителей, добавление и удаление изменяет ответственный исполнитель. Ничего не сохранено.")]
    [InlineData("other funding", "Финансирование мероприятия 1.2 «Чужое» изменяют ответственный исполнитель и исполнители этого мероприятия. Ничего не сохранено.")]
    [InlineData("other plan", "Плановые значения показателя 2 «Показатель чужого» изменяют ответственный исполнитель и исполнители мероприятия, к которому привязан показатель. Ничего не сохранено.")]
    [InlineData("program plan", "Плановые значения показателя 3 «Показатель программы» изменяют ответственный исполнитель и исполнители мероприятия, к которому привязан показатель. Ничего не сохранено.")]
    [InlineData("own indicator name", "Показатель 1 «Показатель своего» (его описание, связь, добавление и исключение) изменяет ответственный исполнитель. Ничего не сохранено.")]
    [InlineData("reorder", "Порядок целей, показателей и мероприятий проекта изменяет ответственный исполнитель. Ничего не сохранено.")]
    public void Any_other_change_of_a_co_executor_is_refused_naming_the_item(string change, string message)
    {
        var r = Rights(Roles.Executor, 7);

        Refusal(r, p =>
        {
            switch (change)
            {
                case "passport": p.Passport.Curator = "Новый куратор"; break;
                case "other activity": p.Activities[1].Name = "Переименовано"; break;
                case "own code": p.Activities[0].Code = "1.9"; break;
                case "own executors": p.Activities[0].ExecutorIds = [7, 8]; break;
                case "other funding": p.Funding[1].Planned = 1m; break;
                case "other plan": p.Indicators[1].Plans[0].Planned = 1m; break;
                case "program plan": p.Indicators[2].Plans[0].Planned = 1m; break;
                case "own indicator name": p.Indicators[0].Name = "Показатель своего, иначе"; break;
                default: p.Activities.Reverse(); break;
            }
        }).Should().Be(message);
    }

    [Fact]
    public void The_responsible_executor_may_change_anything_and_a_reader_nothing()
    {
        static void Edit(ProgramPlan p) { p.Passport.Curator = "Новый куратор"; p.Activities.Reverse(); p.Funding[1].Planned = 1m; }

        Refusal(Rights(Roles.Executor, 5), Edit).Should().BeNull();
        Refusal(Rights(Roles.Viewer, null), Edit).Should().Be("Проект программы редактирует ее ответственный исполнитель.");
    }
}
