package nn

import "testing"

// TestSeedModelLearnsRealMNIST trains the seed model for one epoch on 5,000
// real MNIST images: it must clearly learn (the reference table's 10,000
// image row reaches 91% after one epoch).
func TestSeedModelLearnsRealMNIST(t *testing.T) {
	train, test := realMNIST(t)
	cfg := DefaultConfig()
	cfg.TrainSize = 5000
	tr, err := NewTrainer(cfg, train, test.Head(2000), TrainerOptions{Epochs: 1})
	if err != nil {
		t.Fatal(err)
	}
	for tr.State() == Training {
		tr.Step(50)
	}
	if acc := tr.LastEval().Accuracy; acc < 0.85 {
		t.Errorf("validation accuracy %.3f after one epoch on 5,000 images", acc)
	}
	h := tr.History().Health
	if last := h[len(h)-1].Layers[0]; last.Dead > 0.2 || last.GradNorm == 0 {
		t.Errorf("unhealthy seed model: %+v", last)
	}
}
