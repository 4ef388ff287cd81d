#!/bin/sh
# A local HTTPS endpoint for the certificate check, in the foreground until stopped:
#   sh scripts/tls_endpoint.sh PORT
# Makes var/tls/cert.pem (self-signed, localhost and 127.0.0.1, 90 days) when there is none or
# it expires within 30 days, then serves it with openssl s_server on 127.0.0.1:PORT.
set -eu
port=${1:?usage: tls_endpoint.sh PORT}
if ! command -v openssl >/dev/null 2>&1; then
  echo "$0: 1: openssl: not found" >&2
  exit 127
fi
mkdir -p var/tls
if [ ! -f var/tls/cert.pem ] || ! openssl x509 -checkend 2592000 -noout -in var/tls/cert.pem >/dev/null; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 90 \
    -subj "/CN=localhost/O=core-module" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout var/tls/key.pem -out var/tls/cert.pem 2>/dev/null
  chmod 600 var/tls/key.pem
fi
exec openssl s_server -quiet -accept "127.0.0.1:$port" -cert var/tls/cert.pem \
  -key var/tls/key.pem -www
