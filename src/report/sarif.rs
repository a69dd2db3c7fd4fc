use super::Report;

/// SARIF 2.1.0 log of the report.
pub fn write_sarif(_report: &Report) -> String {
    String::new()
}
