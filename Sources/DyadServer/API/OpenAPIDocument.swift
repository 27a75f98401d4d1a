/// The OpenAPI 3 description of the API, served at `/openapi.json`; a test checks it against the routes.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "Dyad",
        "version": "1.0.0",
        "description": "Read-only access to a time-aware, source-cited history of relations between two actors: the status of every institution at a date, the changes between two dates, and the events and sources behind them. Dates are EDTF (2015, 2015-01-01, 2009-21, 1999~)."
      },
      "paths": {
        "/api/history": {
          "get": {
            "summary": "The whole history: actors, institutions, sources and events.",
            "operationId": "history",
            "responses": {"200": {"description": "The history.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/History"}}}}}
          }
        },
        "/api/entities": {
          "get": {
            "summary": "Every actor and institution, with its kind and aliases.",
            "operationId": "entities",
            "responses": {"200": {"description": "The entities.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entities"}}}}}
          }
        },
        "/api/state": {
          "get": {
            "summary": "The status of every institution, and of each actor's part in it, at a date.",
            "operationId": "state",
            "parameters": [{"$ref": "#/components/parameters/At"}],
            "responses": {
              "200": {"description": "The snapshot.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/State"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"}
            }
          }
        },
        "/api/changes": {
          "get": {
            "summary": "The status changes between two dates, each with the event that made it.",
            "operationId": "changes",
            "parameters": [
              {"name": "from", "in": "query", "required": true, "schema": {"type": "string"}, "example": "2008"},
              {"name": "to", "in": "query", "required": true, "schema": {"type": "string"}, "example": "2015"}
            ],
            "responses": {
              "200": {"description": "The changes.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Changes"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"}
            }
          }
        },
        "/api/explain/{entity}": {
          "get": {
            "summary": "Why an entity has its status at a date: the chain of events and their sources.",
            "operationId": "explain",
            "parameters": [
              {"name": "entity", "in": "path", "required": true, "schema": {"type": "string"}, "example": "COOP",
               "description": "An id, name or alias, case-insensitive."},
              {"name": "at", "in": "query", "required": false, "schema": {"type": "string"}, "example": "2015-01-01",
               "description": "EDTF date; without it, the whole chain of events."}
            ],
            "responses": {
              "200": {"description": "The explanation.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Explanation"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/events": {
          "get": {
            "summary": "The events, filtered by type, date range and entity.",
            "operationId": "events",
            "parameters": [
              {"name": "type", "in": "query", "required": false, "schema": {"$ref": "#/components/schemas/EventType"}, "example": "suspend"},
              {"name": "from", "in": "query", "required": false, "schema": {"type": "string"}, "example": "2008",
               "description": "Keep events that may have happened on or after this EDTF date."},
              {"name": "to", "in": "query", "required": false, "schema": {"type": "string"}, "example": "2022",
               "description": "Keep events that may have happened on or before this EDTF date."},
              {"name": "entity", "in": "query", "required": false, "schema": {"type": "string"}, "example": "NRC",
               "description": "Keep events whose subject, object or successor is this entity (id, name or alias)."}
            ],
            "responses": {
              "200": {"description": "The events, in date order.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Events"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/timeline.svg": {
          "get": {
            "summary": "The whole history as an SVG chart of swimlanes; with the event-data band under it when the server was given an index.",
            "operationId": "timelineSVG",
            "parameters": [
              {"name": "width", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 480, "maximum": 4000}, "example": 1200},
              {"name": "title", "in": "query", "required": false, "schema": {"type": "boolean", "default": true}, "example": false,
               "description": "Whether to draw the history's title above the chart."}
            ],
            "responses": {
              "200": {"description": "The chart.", "content": {"image/svg+xml": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"}
            }
          }
        },
        "/api/index": {
          "get": {
            "summary": "The event-data index given to `dyad serve --index-file FILE --dyad A:B`: per period, the events between the pair and their mean Goldstein value.",
            "operationId": "index",
            "responses": {
              "200": {"description": "The index, both directions together.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Index"}}}},
              "404": {"$ref": "#/components/responses/NoIndex"}
            }
          }
        },
        "/openapi.json": {
          "get": {
            "summary": "This document.",
            "operationId": "openapi",
            "responses": {"200": {"description": "The OpenAPI document.", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        }
      },
      "components": {
        "parameters": {
          "At": {"name": "at", "in": "query", "required": true, "schema": {"type": "string"}, "example": "2015-01-01",
                 "description": "EDTF date: 2015, 2015-01-01, 2009-21 (spring), 1999~ (about)."}
        },
        "responses": {
          "BadRequest": {"description": "A parameter is missing or malformed.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NotFound": {"description": "No entity by that id, name or alias.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NoIndex": {"description": "The server was started without --index-file.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["error", "detail"],
                    "properties": {"error": {"type": "string"}, "detail": {"type": "string"}}},
          "Date": {"type": "object", "required": ["text", "earliest", "latest", "precision"],
                   "properties": {"text": {"type": "string"}, "earliest": {"type": "string", "format": "date"},
                                  "latest": {"type": "string", "format": "date"}, "precision": {"type": "string"}}},
          "EventType": {"type": "string", "enum": ["establish", "close", "replace", "join", "leave", "apply", "sign", "agree",
                        "suspend", "resume", "deploy", "intervene", "annex", "recognise", "expel", "condemn", "meet"]},
          "Status": {"type": "string", "enum": ["not yet", "active", "suspended", "closed", "replaced"]},
          "Citation": {"type": "object", "required": ["source"],
                       "properties": {"source": {"type": "string"}, "locator": {"type": "string"}}},
          "Source": {"type": "object", "required": ["id", "title", "publisher"],
                     "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "publisher": {"type": "string"},
                                    "url": {"type": "string"}, "date": {"$ref": "#/components/schemas/Date"}}},
          "Event": {"type": "object", "required": ["id", "type", "date", "subjects", "sources"],
                    "properties": {"id": {"type": "string"}, "type": {"$ref": "#/components/schemas/EventType"},
                                   "date": {"$ref": "#/components/schemas/Date"},
                                   "subjects": {"type": "array", "items": {"type": "string"}},
                                   "object": {"type": "string"}, "by": {"type": "string"}, "place": {"type": "string"},
                                   "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Citation"}},
                                   "assertedBy": {"type": "string"}, "note": {"type": "string"}}},
          "Actor": {"type": "object", "required": ["id", "name", "kind", "aliases"],
                    "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"},
                                   "aliases": {"type": "array", "items": {"type": "string"}}, "note": {"type": "string"}}},
          "Institution": {"type": "object", "required": ["id", "name", "kind", "aliases", "members"],
                          "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"},
                                         "aliases": {"type": "array", "items": {"type": "string"}},
                                         "members": {"type": "array", "items": {"type": "string"}}, "note": {"type": "string"}}},
          "History": {"type": "object", "required": ["title", "dyad", "actors", "institutions", "sources", "events"],
                      "properties": {"title": {"type": "string"}, "dyad": {"type": "array", "items": {"type": "string"}},
                                     "note": {"type": "string"},
                                     "actors": {"type": "array", "items": {"$ref": "#/components/schemas/Actor"}},
                                     "institutions": {"type": "array", "items": {"$ref": "#/components/schemas/Institution"}},
                                     "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
                                     "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}},
          "Entity": {"type": "object", "required": ["id", "name", "entity", "kind", "aliases"],
                     "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                                    "entity": {"type": "string", "enum": ["actor", "institution"]},
                                    "kind": {"type": "string"}, "aliases": {"type": "array", "items": {"type": "string"}}}},
          "Entities": {"type": "object", "required": ["entities"],
                       "properties": {"entities": {"type": "array", "items": {"$ref": "#/components/schemas/Entity"}}}},
          "StatusAt": {"type": "object", "required": ["status", "certainty", "pending"],
                       "properties": {"status": {"$ref": "#/components/schemas/Status"},
                                      "certainty": {"type": "string", "enum": ["certain", "possible"]},
                                      "since": {"type": "string", "description": "Id of the event that set the status."},
                                      "sinceDate": {"$ref": "#/components/schemas/Date"},
                                      "otherwise": {"$ref": "#/components/schemas/Status"},
                                      "pending": {"type": "array", "items": {"type": "string"},
                                                  "description": "Ids of events that may or may not have happened by then."}}},
          "Part": {"type": "object", "required": ["actor", "name", "state"],
                   "properties": {"actor": {"type": "string"}, "name": {"type": "string"}, "state": {"$ref": "#/components/schemas/StatusAt"}}},
          "StateEntry": {"type": "object", "required": ["id", "name", "kind", "state", "parts"],
                         "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"},
                                        "state": {"$ref": "#/components/schemas/StatusAt"},
                                        "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}}}},
          "State": {"type": "object", "required": ["at", "entries"],
                    "properties": {"at": {"$ref": "#/components/schemas/Date"},
                                   "entries": {"type": "array", "items": {"$ref": "#/components/schemas/StateEntry"}}}},
          "Change": {"type": "object", "required": ["event", "entity", "before", "after"],
                     "properties": {"event": {"$ref": "#/components/schemas/Event"}, "entity": {"type": "string"},
                                    "before": {"$ref": "#/components/schemas/Status"}, "after": {"$ref": "#/components/schemas/Status"}}},
          "Changes": {"type": "object", "required": ["from", "to", "changes"],
                      "properties": {"from": {"$ref": "#/components/schemas/Date"}, "to": {"$ref": "#/components/schemas/Date"},
                                     "changes": {"type": "array", "items": {"$ref": "#/components/schemas/Change"}}}},
          "Explanation": {"type": "object", "required": ["entity", "name", "chain", "sources"],
                          "properties": {"entity": {"type": "string"}, "name": {"type": "string"},
                                         "at": {"$ref": "#/components/schemas/Date"},
                                         "state": {"$ref": "#/components/schemas/StatusAt"},
                                         "chain": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
                                         "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}}}},
          "Events": {"type": "object", "required": ["count", "events"],
                     "properties": {"count": {"type": "integer"},
                                    "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}},
          "IndexPeriod": {"type": "object", "required": ["start", "end", "count"],
                          "properties": {"start": {"type": "string", "format": "date"}, "end": {"type": "string", "format": "date"},
                                         "count": {"type": "integer"},
                                         "goldsteinMean": {"type": "number", "minimum": -10, "maximum": 10,
                                                           "description": "Absent when the period has no events."}}},
          "Index": {"type": "object", "required": ["title", "a", "b", "by", "source", "events", "malformed", "periods"],
                    "properties": {"title": {"type": "string"}, "a": {"type": "string"}, "b": {"type": "string"},
                                   "by": {"type": "string", "enum": ["month", "quarter", "year"]},
                                   "source": {"type": "string", "description": "The event file's name."},
                                   "events": {"type": "integer"},
                                   "malformed": {"type": "integer", "description": "Rows between the pair that could not be read."},
                                   "periods": {"type": "array", "items": {"$ref": "#/components/schemas/IndexPeriod"}}}}
        }
      }
    }
    """#
}
