package fi.koto.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON REST API, version 1, under {@code /api/v1}; every call authenticates with HTTP Basic. */
@ApplicationPath("api/v1")
public class KotoApi extends Application {}
