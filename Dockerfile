# Production image of the portal: the jar built in Vaadin production mode, run as an unprivileged user.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline -Pproduction
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests package && cp target/lupus-cart-portal-*.jar /portal.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home --home-dir /app portal
WORKDIR /app
COPY --from=build /portal.jar /tmp/portal.jar
# The JVM's AOT cache (docs/operations.md#a-faster-start): the jar extracted, then a training run on a throwaway
# embedded database, which starts the portal up to its ready context and exits. Should the training run fail
# here, the image is still built and the portal starts without the cache.
RUN java -Djarmode=tools -jar /tmp/portal.jar extract --destination /app/portal && rm /tmp/portal.jar \
 && (PORTAL_DATA_DIR=/tmp/training java -XX:AOTCacheOutput=/app/portal/portal.aot -Dspring.context.exit=onRefresh \
       -jar /app/portal/portal.jar > /tmp/training.log 2>&1 || tail -20 /tmp/training.log) \
 && rm -rf /tmp/training /tmp/training.log && chown -R portal /app
USER portal
ENV PORTAL_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/app/portal/portal.aot", "-Xlog:aot*=error", \
            "-jar", "/app/portal/portal.jar"]
