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
COPY --from=build /portal.jar /app/portal.jar
USER portal
ENV PORTAL_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
