using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ExampleHealth.Desktop.Data;

public sealed class LocalPatientStore
{
    private readonly string _dataDir;
    private readonly IDataProtector _protector;

    public LocalPatientStore(string dataDir, IDataProtector protector)
    {
        _dataDir = dataDir;
        _protector = protector;
    }

    public SqliteConnection OpenPlain() =>
        new SqliteConnection($"Data Source={Path.Combine(_dataDir, "patients.db")}");

    public SqliteConnection OpenEncrypted(string key) =>
        new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_dataDir, "patients-secure.db"),
            Password = key,
        }.ToString());

    public void ExportPatients(IEnumerable<Patient> patients)
    {
        var json = JsonSerializer.Serialize(patients);
        File.WriteAllText(Path.Combine(_dataDir, "patient-export.json"), json);
    }

    public void ExportProtected(IEnumerable<Patient> patients)
    {
        var json = JsonSerializer.Serialize(patients);
        File.WriteAllBytes(Path.Combine(_dataDir, "patient-export.bin"), _protector.Protect(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    public void WriteRunSummary(int count) =>
        File.WriteAllText(Path.Combine(_dataDir, "export-summary.txt"), $"exported={count}");
}
