using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Accounts;

namespace Yiwang.Tests.Features.Accounts;

public class AccountsTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static object Person(string user, string id, string phone = "13907440001") =>
        new { kind = "NaturalPerson", userName = user, password = "secret-2026", name = "王小明", idNumber = id, phone };

    [Fact]
    public async Task Invalid_id_number_and_credit_code_are_400_naming_the_field()
    {
        var client = await app.ClientAsync();
        var p = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/accounts", Person("wxm", "430802199003071231")), HttpStatusCode.BadRequest);
        Assert.Equal(["身份证号码校验位错误"], p.Errors["idNumber"]);
        var legal = new
        {
            kind = "LegalPerson", userName = "corp", password = "secret-2026", name = "某公司", idNumber = DemoData.CitizenIdNumber,
            phone = "13907440002", creditCode = "91350100M000100Y44", legalRepresentative = "",
        };
        var q = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/accounts", legal), HttpStatusCode.BadRequest);
        Assert.Contains("校验位", q.Errors["creditCode"][0]);
        Assert.Contains("legalRepresentative", q.Errors.Keys);
    }

    [Fact]
    public async Task Registered_person_sees_masked_data_and_data_is_encrypted_at_rest()
    {
        var id = DemoData.WithCheckDigit("43082119880808123");
        var client = await app.ClientAsync();
        var created = await client.PostAsJsonAsync("/api/v1/accounts", Person("wangxm", id, "13907447777"));
        var view = await created.ReadAsync<AccountView>();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("4308**********" + id[^4..], view.IdNumber);
        Assert.Equal("139****7777", view.Phone);

        var raw = await app.WithDbAsync(async db =>
        {
            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT \"IdNumber\", \"Phone\", \"PhoneNumber\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'wangxm'";
            await using var r = await cmd.ExecuteReaderAsync();
            await r.ReadAsync();
            return (r.GetString(0), r.GetString(1), r.IsDBNull(2));
        });
        Assert.StartsWith("sm4:", raw.Item1);
        Assert.DoesNotContain(id[..10], raw.Item1);
        Assert.StartsWith("sm4:", raw.Item2);
        Assert.True(raw.Item3); // Identity's plaintext phone column stays empty

        var again = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/accounts", Person("other", id)), HttpStatusCode.BadRequest);
        Assert.Contains("已注册", again.Errors["idNumber"][0]);
    }

    [Fact]
    public async Task Me_shows_the_signed_in_account_masked()
    {
        var client = await app.ClientAsync("citizen");
        var me = await (await client.GetAsync("/api/v1/accounts/me")).ReadAsync<AccountView>();
        Assert.Equal("张三", me.Name);
        Assert.Equal(DemoData.CitizenIdNumber[..4] + "**********" + DemoData.CitizenIdNumber[^4..], me.IdNumber);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await app.ClientAsync()).GetAsync("/api/v1/accounts/me")).StatusCode);
    }

    [Fact]
    public async Task Account_locks_after_five_wrong_passwords()
    {
        var client = await app.ClientAsync();
        await client.PostAsJsonAsync("/api/v1/accounts", Person("locky", DemoData.WithCheckDigit("43082219700101123"), "13907440003"));
        for (var i = 0; i < 5; i++)
            await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "locky", password = "wrong-pass-1" }), HttpStatusCode.BadRequest);
        // Locked: even the right password is refused, and in the very words an unknown account gets (nothing tells them apart).
        var locked = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "locky", password = "secret-2026" }), HttpStatusCode.BadRequest);
        var unknown = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "nobody-here", password = "secret-2026" }), HttpStatusCode.BadRequest);
        Assert.Equal(Yiwang.Web.Features.Accounts.SignIn.SignInHandler.Refused, locked.Errors["password"][0]);
        Assert.Equal(locked.Errors, unknown.Errors);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "locky").Select(u => u.LockoutEnd > YiwangFactory.FixedNow).SingleAsync()));
    }

    [Fact]
    public async Task Weak_password_is_refused_in_chinese()
    {
        var client = await app.ClientAsync();
        var body = new { kind = "NaturalPerson", userName = "weak", password = "123", name = "李", idNumber = DemoData.WithCheckDigit("43080219600101123"), phone = "13907440004" };
        var p = await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/accounts", body), HttpStatusCode.BadRequest);
        Assert.Contains(p.Errors["password"], m => m.Contains("至少8位"));
    }

    [Fact]
    public async Task Only_a_system_admin_creates_staff_and_roles_need_their_scope()
    {
        var deptAdmin = await app.ClientAsync("scjg-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await deptAdmin.GetAsync("/api/v1/staff")).StatusCode);
        var admin = await app.ClientAsync("admin");
        var missing = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/staff",
            new { userName = "newclerk", password = "secret-2026", name = "新窗口", roles = new[] { "WindowClerk" } }), HttpStatusCode.BadRequest);
        Assert.Contains("hallId", missing.Errors.Keys);
        var hallId = await app.WithDbAsync(db => db.Halls.Select(h => h.Id).FirstAsync());
        var windowId = await app.WithDbAsync(db => db.Windows.Where(w => w.HallId == hallId).Select(w => w.Id).FirstAsync());
        var elsewhere = await app.WithDbAsync(db => db.Windows.Where(w => w.HallId != hallId).Select(w => w.Id).FirstAsync());
        var wrongWindow = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/staff",
            new { userName = "newclerk", password = "secret-2026", name = "新窗口", roles = new[] { "WindowClerk" }, hallId, windowId = elsewhere }), HttpStatusCode.BadRequest);
        Assert.Equal("窗口须是所在大厅的窗口", wrongWindow.Errors["windowId"][0]);
        var ok = await admin.PostAsJsonAsync("/api/v1/staff", new { userName = "newclerk", password = "secret-2026", name = "新窗口", roles = new[] { "WindowClerk" }, hallId, windowId });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var list = await (await admin.GetAsync("/api/v1/staff")).ReadAsync<List<AccountView>>();
        Assert.Contains(list, s => s.UserName == "newclerk" && s.Roles.Contains(StaffRole.WindowClerk) && s.WindowId == windowId);
        var audit = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "account.staff.create" && a.Subject == "account:newclerk"));
        Assert.Equal(1, audit);
    }
}
