using System.Linq;

namespace Clerk.Functional.Testing.Backend;

/// <summary><c>/email_addresses</c> and <c>/phone_numbers</c>: add to a user, get, update (verified, primary), delete.</summary>
internal static class Identities
{
    public static Outcome CreateEmail(State s, Input i, Context c)
    {
        if (i.String("user_id") is not { } userId) return Outcome.Fail(s, ClerkErrors.Missing("user_id"));
        if (i.String("email_address") is not { } address) return Outcome.Fail(s, ClerkErrors.Missing("email_address"));
        if (!s.Users.TryGetValue(userId, out var user)) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        if (!Users.IsEmail(address)) return Outcome.Fail(s, ClerkErrors.Invalid("email_address", "email_address must be a valid email address."));
        if (Query.EmailTaken(s, address)) return Outcome.Fail(s, ClerkErrors.IdentifierExists("email_address", "email address"));
        var (next, seq, id) = Allocation.Next(s, "idn", c);
        var row = new EmailRow(seq, id, userId, address, i.Bool("verified") ?? false, c.Now, c.Now);
        var primary = i.Bool("primary") == true || user.PrimaryEmailId is null;
        next = next with
        {
            Emails = next.Emails.Add(id, row),
            Users = next.Users.SetItem(userId, user with { PrimaryEmailId = primary ? id : user.PrimaryEmailId, UpdatedAt = c.Now }),
        };
        return Outcome.Ok(next, Render.Email(row));
    }

    public static Outcome GetEmail(State s, Input i, Context c) =>
        s.Emails.TryGetValue(i["email_address_id"], out var e) ? Outcome.Ok(s, Render.Email(e)) : Outcome.Fail(s, ClerkErrors.NotFound("Email address"));

    public static Outcome UpdateEmail(State s, Input i, Context c)
    {
        if (!s.Emails.TryGetValue(i["email_address_id"], out var e)) return Outcome.Fail(s, ClerkErrors.NotFound("Email address"));
        var row = e with { Verified = i.Bool("verified") ?? e.Verified, UpdatedAt = c.Now };
        var next = s with { Emails = s.Emails.SetItem(e.Id, row) };
        if (i.Bool("primary") == true && next.Users.TryGetValue(e.UserId, out var u))
            next = next with { Users = next.Users.SetItem(u.Id, u with { PrimaryEmailId = e.Id, UpdatedAt = c.Now }) };
        return Outcome.Ok(next, Render.Email(row));
    }

    public static Outcome DeleteEmail(State s, Input i, Context c)
    {
        if (!s.Emails.TryGetValue(i["email_address_id"], out var e)) return Outcome.Fail(s, ClerkErrors.NotFound("Email address"));
        var next = s with { Emails = s.Emails.Remove(e.Id) };
        if (next.Users.TryGetValue(e.UserId, out var u) && u.PrimaryEmailId == e.Id)
            next = next with { Users = next.Users.SetItem(u.Id, u with { PrimaryEmailId = Query.EmailsOf(next, u.Id).FirstOrDefault()?.Id, UpdatedAt = c.Now }) };
        return Outcome.Ok(next, Render.Deleted("email_address", e.Id));
    }

    public static Outcome CreatePhone(State s, Input i, Context c)
    {
        if (i.String("user_id") is not { } userId) return Outcome.Fail(s, ClerkErrors.Missing("user_id"));
        if (i.String("phone_number") is not { } number) return Outcome.Fail(s, ClerkErrors.Missing("phone_number"));
        if (!s.Users.TryGetValue(userId, out var user)) return Outcome.Fail(s, ClerkErrors.NotFound("User"));
        if (!Users.IsPhone(number)) return Outcome.Fail(s, ClerkErrors.Invalid("phone_number", "phone_number must be a valid phone number according to E.164 international standard."));
        if (Query.PhoneTaken(s, number)) return Outcome.Fail(s, ClerkErrors.IdentifierExists("phone_number", "phone number"));
        var (next, seq, id) = Allocation.Next(s, "idn", c);
        var row = new PhoneRow(seq, id, userId, number, i.Bool("verified") ?? false, c.Now, c.Now);
        var primary = i.Bool("primary") == true || user.PrimaryPhoneId is null;
        next = next with
        {
            Phones = next.Phones.Add(id, row),
            Users = next.Users.SetItem(userId, user with { PrimaryPhoneId = primary ? id : user.PrimaryPhoneId, UpdatedAt = c.Now }),
        };
        return Outcome.Ok(next, Render.Phone(row));
    }

    public static Outcome GetPhone(State s, Input i, Context c) =>
        s.Phones.TryGetValue(i["phone_number_id"], out var p) ? Outcome.Ok(s, Render.Phone(p)) : Outcome.Fail(s, ClerkErrors.NotFound("Phone number"));

    public static Outcome UpdatePhone(State s, Input i, Context c)
    {
        if (!s.Phones.TryGetValue(i["phone_number_id"], out var p)) return Outcome.Fail(s, ClerkErrors.NotFound("Phone number"));
        var row = p with { Verified = i.Bool("verified") ?? p.Verified, UpdatedAt = c.Now };
        var next = s with { Phones = s.Phones.SetItem(p.Id, row) };
        if (i.Bool("primary") == true && next.Users.TryGetValue(p.UserId, out var u))
            next = next with { Users = next.Users.SetItem(u.Id, u with { PrimaryPhoneId = p.Id, UpdatedAt = c.Now }) };
        return Outcome.Ok(next, Render.Phone(row));
    }

    public static Outcome DeletePhone(State s, Input i, Context c)
    {
        if (!s.Phones.TryGetValue(i["phone_number_id"], out var p)) return Outcome.Fail(s, ClerkErrors.NotFound("Phone number"));
        var next = s with { Phones = s.Phones.Remove(p.Id) };
        if (next.Users.TryGetValue(p.UserId, out var u) && u.PrimaryPhoneId == p.Id)
            next = next with { Users = next.Users.SetItem(u.Id, u with { PrimaryPhoneId = Query.PhonesOf(next, u.Id).FirstOrDefault()?.Id, UpdatedAt = c.Now }) };
        return Outcome.Ok(next, Render.Deleted("phone_number", p.Id));
    }
}
