using System.Security.Cryptography;

namespace MunicipalPrograms.Web.Administration;

/// <summary>
/// A password an administrator hands over once: 12 characters from a cryptographic generator, with a capital, a small
/// letter and a digit so that the password policy accepts it; no look-alike characters (0/O, 1/l/I), as it is read aloud
/// or copied from paper.
/// </summary>
public static class OneTimePassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const int Length = 12;

    public static string New()
    {
        var all = Upper + Lower + Digits;
        var chars = new List<char> { Pick(Upper), Pick(Lower), Pick(Digits) };
        while (chars.Count < Length) chars.Add(Pick(all));
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
