package org.jadepost.blackbox.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * One answer of the API: status, headers and the body as text, parsed on demand.
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the body, decoded as UTF-8
 */
public record ApiResponse(int status, HttpHeaders headers, String body) {

  /** The body as a JSON object; fails when it is none. */
  public JsonObject json() {
    return (JsonObject) parse();
  }

  /** The body as a JSON array; fails when it is none. */
  public JsonArray jsonArray() {
    return (JsonArray) parse();
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  private JsonStructure parse() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
