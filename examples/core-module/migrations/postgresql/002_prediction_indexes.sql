-- The listing endpoint orders by time; reports group by label.
CREATE INDEX idx_predictions_created_at ON predictions (created_at);
CREATE INDEX idx_predictions_label ON predictions (label);
