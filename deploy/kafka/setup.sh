#!/bin/sh
# Generated from org.returnops.localstack.KafkaAccess (KafkaAccessTest keeps this copy equal to it):
# the suite's principals, topics and access lists, created as the broker's administrator. Safe to run
# again. Passwords come from the environment; none is written here.
set -eu
server="${KAFKA_BOOTSTRAP:-kafka:9092}"
config=/tmp/return-ops-admin.properties
cat > "$config" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
EOF
user() {
  /opt/kafka/bin/kafka-configs.sh --bootstrap-server "$server" --command-config "$config" --alter \
    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
}
topic() {
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$server" --command-config "$config" --create \
    --if-not-exists --topic "$1" --partitions "$2" --replication-factor 1
}
allow() {
  principal="$1"; shift
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$server" --command-config "$config" --add \
    --allow-principal "User:$principal" "$@"
}

# one principal per service and per authority system
user registry "$KAFKA_REGISTRY_PASSWORD"
user consular "$KAFKA_CONSULAR_PASSWORD"
user transport "$KAFKA_TRANSPORT_PASSWORD"
user gateway "$KAFKA_GATEWAY_PASSWORD"
user kz-migration "$KAFKA_KZ_MIGRATION_PASSWORD"
user uz-border "$KAFKA_UZ_BORDER_PASSWORD"
user tj-embassy "$KAFKA_TJ_EMBASSY_PASSWORD"
user tj-border "$KAFKA_TJ_BORDER_PASSWORD"

# the topics, and the dead-letter companions of those the services consume
topic registry.migrants.v1 3
topic consular.clearances.v1 3
topic transport.convoys.v1 3
topic partner.kz-migration.requests.v1 3
topic partner.kz-migration.decisions.v1 3
topic partner.kz-migration.rejections.v1 3
topic partner.uz-border.requests.v1 3
topic partner.uz-border.decisions.v1 3
topic partner.uz-border.rejections.v1 3
topic partner.tj-embassy-kz.requests.v1 3
topic partner.tj-embassy-kz.decisions.v1 3
topic partner.tj-embassy-kz.rejections.v1 3
topic partner.tj-border.requests.v1 3
topic partner.tj-border.decisions.v1 3
topic partner.tj-border.rejections.v1 3
topic registry.migrants.v1.dlq 1
topic consular.clearances.v1.dlq 1
topic transport.convoys.v1.dlq 1
topic partner.kz-migration.decisions.v1.dlq 1
topic partner.uz-border.decisions.v1.dlq 1
topic partner.tj-embassy-kz.decisions.v1.dlq 1
topic partner.tj-border.decisions.v1.dlq 1

# who may read and write what
allow registry --operation Write --topic registry.migrants.v1
allow registry --operation Read --topic consular.clearances.v1
allow registry --operation Write --topic consular.clearances.v1.dlq
allow registry --operation Read --topic transport.convoys.v1
allow registry --operation Write --topic transport.convoys.v1.dlq
allow registry --operation Read --group registry-service --resource-pattern-type prefixed
allow consular --operation Write --topic consular.clearances.v1
allow consular --operation Write --topic partner.kz-migration.requests.v1
allow consular --operation Write --topic partner.kz-migration.rejections.v1
allow consular --operation Write --topic partner.uz-border.requests.v1
allow consular --operation Write --topic partner.uz-border.rejections.v1
allow consular --operation Write --topic partner.tj-embassy-kz.requests.v1
allow consular --operation Write --topic partner.tj-embassy-kz.rejections.v1
allow consular --operation Write --topic partner.tj-border.requests.v1
allow consular --operation Write --topic partner.tj-border.rejections.v1
allow consular --operation Read --topic registry.migrants.v1
allow consular --operation Write --topic registry.migrants.v1.dlq
allow consular --operation Read --topic transport.convoys.v1
allow consular --operation Write --topic transport.convoys.v1.dlq
allow consular --operation Read --topic partner.kz-migration.decisions.v1
allow consular --operation Write --topic partner.kz-migration.decisions.v1.dlq
allow consular --operation Read --topic partner.uz-border.decisions.v1
allow consular --operation Write --topic partner.uz-border.decisions.v1.dlq
allow consular --operation Read --topic partner.tj-embassy-kz.decisions.v1
allow consular --operation Write --topic partner.tj-embassy-kz.decisions.v1.dlq
allow consular --operation Read --topic partner.tj-border.decisions.v1
allow consular --operation Write --topic partner.tj-border.decisions.v1.dlq
allow consular --operation Read --group consular-service --resource-pattern-type prefixed
allow transport --operation Write --topic transport.convoys.v1
allow transport --operation Read --topic registry.migrants.v1
allow transport --operation Write --topic registry.migrants.v1.dlq
allow transport --operation Read --topic consular.clearances.v1
allow transport --operation Write --topic consular.clearances.v1.dlq
allow transport --operation Read --group transport-service --resource-pattern-type prefixed
allow gateway --operation Read --topic registry.migrants.v1
allow gateway --operation Read --topic consular.clearances.v1
allow gateway --operation Read --topic transport.convoys.v1
allow kz-migration --operation Read --topic partner.kz-migration.requests.v1
allow kz-migration --operation Read --topic partner.kz-migration.rejections.v1
allow kz-migration --operation Write --topic partner.kz-migration.decisions.v1
allow kz-migration --operation Read --group kz-migration --resource-pattern-type prefixed
allow uz-border --operation Read --topic partner.uz-border.requests.v1
allow uz-border --operation Read --topic partner.uz-border.rejections.v1
allow uz-border --operation Write --topic partner.uz-border.decisions.v1
allow uz-border --operation Read --group uz-border --resource-pattern-type prefixed
allow tj-embassy --operation Read --topic partner.tj-embassy-kz.requests.v1
allow tj-embassy --operation Read --topic partner.tj-embassy-kz.rejections.v1
allow tj-embassy --operation Write --topic partner.tj-embassy-kz.decisions.v1
allow tj-embassy --operation Read --group tj-embassy --resource-pattern-type prefixed
allow tj-border --operation Read --topic partner.tj-border.requests.v1
allow tj-border --operation Read --topic partner.tj-border.rejections.v1
allow tj-border --operation Write --topic partner.tj-border.decisions.v1
allow tj-border --operation Read --group tj-border --resource-pattern-type prefixed
