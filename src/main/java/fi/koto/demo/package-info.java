/** Demo data for trying Koto out: created only when KOTO_DEMO=true, never in production. */
package fi.koto.demo;
