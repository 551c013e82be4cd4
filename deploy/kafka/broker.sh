#!/bin/sh
# Starts the docker-compose broker: a TLS key pair for the partner listener when there is none yet (a
# self-signed one for trying the suite; mount your own broker.p12 for anything shared), the storage formatted
# once with the administrator's SCRAM credential, then Kafka with the secrets from the environment.
set -eu
tls=/etc/kafka/secrets
if [ ! -f "$tls/broker.p12" ]; then
  keytool -genkeypair -alias kafka -keyalg RSA -keysize 3072 -validity 365 -dname "CN=localhost" \
    -ext "SAN=dns:localhost,dns:kafka" -storetype PKCS12 -keystore "$tls/broker.p12" -storepass "$KAFKA_SSL_PASSWORD"
  keytool -exportcert -rfc -alias kafka -keystore "$tls/broker.p12" -storepass "$KAFKA_SSL_PASSWORD" \
    -file "$tls/broker.pem"
fi
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  /opt/kafka/bin/kafka-storage.sh format -t "$KAFKA_CLUSTER_ID" -c /etc/return-ops/kafka/server.properties \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]"
fi
# the health check logs in as the administrator with this file
cat > /tmp/return-ops-admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPERTIES
scram="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$KAFKA_ADMIN_PASSWORD\";"
exec /opt/kafka/bin/kafka-server-start.sh /etc/return-ops/kafka/server.properties \
  --override "listener.name.internal.scram-sha-512.sasl.jaas.config=$scram" \
  --override "listener.name.partners.scram-sha-512.sasl.jaas.config=$scram" \
  --override "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"controller\" password=\"$KAFKA_CONTROLLER_PASSWORD\" user_controller=\"$KAFKA_CONTROLLER_PASSWORD\";" \
  --override "listener.name.partners.ssl.keystore.password=$KAFKA_SSL_PASSWORD" \
  --override "listener.name.partners.ssl.key.password=$KAFKA_SSL_PASSWORD"
