using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Accounts.Passwords;

namespace Yiwang.Tests.Features.Accounts.Passwords;

public class PasswordTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task RegisterAsync(string user, string id17, string phone) =>
        Assert.Equal(HttpStatusCode.Created, (await (await app.ClientAsync()).PostAsJsonAsync("/api/v1/accounts",
            new { kind = "NaturalPerson", userName = user, password = DemoData.Password, name = "孙一", idNumber = DemoData.WithCheckDigit(id17), phone })).StatusCode);

    private async Task<HttpStatusCode> SignInAsync(string user, string password) =>
        (await (await app.ClientAsync()).PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password })).StatusCode;

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_of_the_account()
    {
        await RegisterAsync("sunyi", "43080219910101011", "13900001111");
        var laptop = await app.ClientAsync("sunyi");
        var phone = await app.ClientAsync("sunyi");
        var wrong = await Problem.ReadAsync(await phone.PostJsonAsync("/api/v1/accounts/me/password", new { currentPassword = "not-it-2026", newPassword = "another-2027" }), HttpStatusCode.BadRequest);
        Assert.Contains("currentPassword", wrong.Errors.Keys);
        Assert.Equal(HttpStatusCode.NoContent, (await phone.PostJsonAsync("/api/v1/accounts/me/password", new { currentPassword = DemoData.Password, newPassword = "another-2027" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/v1/accounts/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/v1/accounts/me")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, await SignInAsync("sunyi", DemoData.Password));
        Assert.Equal(HttpStatusCode.NoContent, await SignInAsync("sunyi", "another-2027"));
    }

    [Fact]
    public async Task A_reset_code_goes_only_to_the_accounts_own_phone_and_the_answer_never_says_whether_the_account_exists()
    {
        await RegisterAsync("sunyi2", "43080219910101021", "13900002222");
        var anon = await app.ClientAsync();
        var old = await app.ClientAsync("sunyi2");
        var unknown = await (await anon.PostJsonAsync("/api/v1/auth/reset-code", new { userName = "nobody-2", phone = "13900002222" })).ReadAsync<Dictionary<string, string>>();
        var wrongPhone = await (await anon.PostJsonAsync("/api/v1/auth/reset-code", new { userName = "sunyi2", phone = "13900009999" })).ReadAsync<Dictionary<string, string>>();
        Assert.Equal(unknown, wrongPhone);
        Assert.Throws<InvalidOperationException>(() => app.SmsCode("13900009999"));
        Assert.Throws<InvalidOperationException>(() => app.SmsCode("13900002222"));

        var sent = await (await anon.PostJsonAsync("/api/v1/auth/reset-code", new { userName = "sunyi2", phone = "13900002222" })).ReadAsync<Dictionary<string, string>>();
        Assert.Equal(PasswordsHandler.CodeSentIfKnown, sent["message"]);
        Assert.Equal(unknown, sent);
        Assert.Contains("code", (await Problem.ReadAsync(await anon.PostJsonAsync("/api/v1/auth/reset", new { userName = "sunyi2", code = "12345x", newPassword = "reset-2027" }), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.NoContent, (await anon.PostJsonAsync("/api/v1/auth/reset", new { userName = "sunyi2", code = app.SmsCode("13900002222"), newPassword = "reset-2027" })).StatusCode);
        // Used once; the old session is dead; the phone is proven by the code it received.
        Assert.Equal(HttpStatusCode.BadRequest, (await anon.PostJsonAsync("/api/v1/auth/reset", new { userName = "sunyi2", code = app.SmsCode("13900002222"), newPassword = "again-2027" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/v1/accounts/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, await SignInAsync("sunyi2", "reset-2027"));
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "sunyi2").Select(u => u.PhoneProvenAt != null).SingleAsync()));
    }

    [Fact]
    public async Task An_account_opened_at_a_window_signs_in_first_with_an_sms_code_found_by_its_id_number()
    {
        var id = DemoData.WithCheckDigit("43082219660606013");
        var clerk = await app.ClientAsync("clerk");
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostJsonAsync("/api/v1/cases",
            new { itemCode = "430800-QR-0011", idCardSeen = true, authorization = "本人到场", newApplicant = new { name = "孙二", idNumber = id, phone = "13900003333" } })).StatusCode);
        var anon = await app.ClientAsync();
        await anon.PostJsonAsync("/api/v1/auth/reset-code", new { userName = id, phone = "13900003333" });
        Assert.Equal(HttpStatusCode.NoContent, (await anon.PostJsonAsync("/api/v1/auth/reset", new { userName = id, code = app.SmsCode("13900003333"), newPassword = "first-2026" })).StatusCode);
        var userName = await app.WithDbAsync(db => db.Users.Where(u => u.DisplayName == "孙二").Select(u => u.UserName!).SingleAsync());
        Assert.Equal(HttpStatusCode.NoContent, await SignInAsync(userName, "first-2026"));
    }
}
