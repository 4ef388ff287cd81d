-- Predictions served by POST /predictions, kept for audit and drift analysis (PostgreSQL).
CREATE TABLE predictions (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at    TEXT             NOT NULL,
    model_version TEXT             NOT NULL,
    features      TEXT             NOT NULL,
    score         DOUBLE PRECISION NOT NULL CHECK (score >= 0.0 AND score <= 1.0),
    label         TEXT             NOT NULL CHECK (label IN ('churn', 'stay'))
);
