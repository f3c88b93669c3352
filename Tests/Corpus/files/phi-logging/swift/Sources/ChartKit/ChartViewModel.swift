import Foundation
import os

@MainActor
final class ChartViewModel: ObservableObject {
    private let logger = Logger(subsystem: "org.examplehealth.chart", category: "chart")
    private let api: ChartAPI
    @Published var chart: Chart?

    init(api: ChartAPI) {
        self.api = api
    }

    func open(patient: Patient) async {
        logger.info("Opened chart for \(patient.fullName, privacy: .private)")
        do {
            let chart = try await api.chart(for: patient.id)
            self.chart = chart
            logger.debug("Loaded \(chart.medications.count) medications")
        } catch {
            logger.error("chart load failed: \(error.localizedDescription)")
        }
    }

    func debugOpen(patient: Patient, chart: Chart) {
        logger.info("Opened chart for \(patient.fullName)")
        NSLog("Medication list: %@", chart.medications.map(\.name).joined(separator: ", "))
        print("DEBUG chart \(chart)")
    }

    func onAppear() {
        print("chart view appeared")
    }

    func announce() {
        os_log("Showing diagnosis %{public}@", log: .default, type: .info, chart?.primaryDiagnosis ?? "")
    }
}
