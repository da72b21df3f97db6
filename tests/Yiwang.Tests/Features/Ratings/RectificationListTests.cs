using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Ratings.Rectify;

namespace Yiwang.Tests.Features.Ratings;

/// <summary>The rectification list pages through everything (earliest deadline first); the export holds every row.</summary>
public class RectificationListTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Sixty_rectifications_come_in_two_pages_and_one_export()
    {
        var c = await DemoCases.AcceptedAsync(app, applicantPresent: true);
        var today = Yiwang.Tests.Infrastructure.YiwangFactory.FixedToday;
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Cases.AsNoTracking().SingleAsync(x => x.Number == c.Number);
            for (var i = 0; i < 60; i++)
            {
                // Sixty visits to the counter, each rated 不满意 (unique per case and day).
                var rating = new Rating
                {
                    CaseId = stored.Id, CaseNumber = stored.Number, ItemName = stored.ItemName, DepartmentId = stored.DepartmentId, ApplicantId = stored.ApplicantId!.Value,
                    Channel = RatingChannel.WindowPad, Service = RatedService.WindowVisit, VisitOn = today.AddDays(-i), Level = RatingLevel.Dissatisfied,
                    Reasons = ["服务态度差"], RatedAt = Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow,
                };
                db.Ratings.Add(rating);
                db.Rectifications.Add(new Rectification { Rating = rating, CaseId = stored.Id, CaseNumber = stored.Number, DepartmentId = stored.DepartmentId, OpenedOn = today, Due = today.AddDays(60 - i) });
            }
            return await db.SaveChangesAsync();
        });

        var supervisor = await app.ClientAsync("supervisor");
        var first = await (await supervisor.GetAsync("/api/v1/rectifications")).ReadAsync<RectificationList>();
        Assert.Equal((60, 1, 50, 50), (first.Total, first.Page, first.PageSize, first.Items.Count));
        Assert.Equal(first.Items.OrderBy(x => x.Due).Select(x => x.Id), first.Items.Select(x => x.Id));
        var second = await (await supervisor.GetAsync("/api/v1/rectifications?page=2")).ReadAsync<RectificationList>();
        Assert.Equal(10, second.Items.Count);
        Assert.Empty(first.Items.Select(x => x.Id).Intersect(second.Items.Select(x => x.Id)));

        var xlsx = await supervisor.GetAsync("/api/v1/rectifications?format=xlsx");
        using var wb = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        Assert.Equal(61, wb.Worksheet(1).RowsUsed().Count());
        Assert.Contains("共 60 条，第 1 页，共 2 页", await supervisor.GetStringAsync("/staff/rectifications"));
    }
}
