import Foundation
import HTTPTypes
import Hummingbird

/// A request the server turns down, with a Swedish explanation: a page for people (its heading
/// in Swedish too, whatever the server's locale), JSON (`{"error": "…"}`) for scripts under `/api/`.
struct Refusal: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response: Response
        // A form sent by a browser asks for HTML; scripts get JSON.
        let wantsPage = request.headers[.accept]?.contains("text/html") == true
        if request.uri.path.hasPrefix("/api/"), !wantsPage {
            let body =
                (try? JSONSerialization.data(withJSONObject: ["error": message], options: [.sortedKeys])) ?? Data()
            response = Response(
                status: status, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        } else {
            response = Pages.problem(status, Pages.heading(for: status), message)
        }
        response.headers.append(contentsOf: headers)
        return response
    }

    static let badPath = Refusal(
        .badRequest, "Sökvägen är inte tillåten: bara filer i mappen, utan '..', '%2F' eller dolda namn.")
    static let outsideFolder = Refusal(.forbidden, "Filen ligger utanför mappen (genom en länk) och visas inte.")
    static let notFound = Refusal(.notFound, "Filen finns inte.")

    static func tooLarge(_ limit: Int) -> Refusal {
        Refusal(.contentTooLarge, "Innehållet är för stort: högst \(limit / 1_048_576) MiB.")
    }
}
