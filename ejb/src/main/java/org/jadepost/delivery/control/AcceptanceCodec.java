package org.jadepost.delivery.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jadepost.delivery.entity.Acceptance;
import org.jadepost.platform.entity.BlobRef;

/** The commit journal's line format: one JSON object per line, an acceptance or a cancel. */
final class AcceptanceCodec {

  private AcceptanceCodec() {}

  static byte[] accepted(Acceptance a) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("op", "accept")
            .add("id", a.id())
            .add("listener", a.listener())
            .add("inbox", longs(a.inbox()))
            .add("junk", longs(a.junk()))
            .add("sent", a.sentCopy())
            .add("reversePath", a.reversePath())
            .add("remote", strings(a.remote()));
    if (a.senderAccountId() != null) {
      json.add("sender", a.senderAccountId());
    }
    blob(json, "local", a.localBlob());
    blob(json, "remoteBlob", a.remoteBlob());
    return line(json.build());
  }

  static byte[] cancelled(String id) {
    return line(Json.createObjectBuilder().add("op", "cancel").add("id", id).build());
  }

  /** The record on {@code line}, or null for a line a crash cut short. */
  static JsonObject parse(String line) {
    try (var reader = Json.createReader(new StringReader(line))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static boolean isCancel(JsonObject record) {
    return "cancel".equals(record.getString("op", ""));
  }

  static Acceptance acceptance(JsonObject json) {
    return new Acceptance(
        json.getString("id"),
        json.getString("listener"),
        json.containsKey("sender") ? json.getJsonNumber("sender").longValue() : null,
        blob(json, "local"),
        json.getJsonArray("inbox").getValuesAs(JsonNumber.class).stream()
            .map(JsonNumber::longValue)
            .toList(),
        json.getJsonArray("junk").getValuesAs(JsonNumber.class).stream()
            .map(JsonNumber::longValue)
            .toList(),
        json.getBoolean("sent"),
        blob(json, "remoteBlob"),
        json.getString("reversePath"),
        json.getJsonArray("remote").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
  }

  private static void blob(JsonObjectBuilder json, String name, BlobRef blob) {
    if (blob != null) {
      json.add(name, Json.createObjectBuilder().add("id", blob.id()).add("size", blob.size()));
    }
  }

  private static BlobRef blob(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    JsonObject blob = value.asJsonObject();
    return new BlobRef(blob.getString("id"), blob.getJsonNumber("size").longValue());
  }

  private static JsonArrayBuilder longs(List<Long> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static byte[] line(JsonObject json) {
    return (json.toString() + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
