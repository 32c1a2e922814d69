package diagnose

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"digitlab/nn"
)

// SaneLearningRate is a learning rate each optimizer trains the bundled
// data well with at batch sizes 16 to 64 (the seed's examples and the
// benchmark's healthy draws): a fix moves a learning rate towards it.
var SaneLearningRate = map[string]float64{
	nn.OptSGD:      0.1,
	nn.OptMomentum: 0.01,
	nn.OptAdam:     1e-3,
	nn.OptRMSProp:  1e-3,
}

// SaneBatch is the smallest batch size SaneLearningRate is sane at.
// Smaller batches make more steps an epoch, and plain and momentum SGD's
// steps follow the gradient's size, so a lower rate goes as far per
// image: saneFor scales the rate down by the square root of how many more
// steps they make (between the linear rule's too much and nothing).
// Measured at 50,000 images (the wild sweep's budget), SGD at 0.01 read
// 95.5% on batches of 2 (SGD at 0.1 on 32 read 94.6%) and was told it
// learns slowly, and the offered 0.1 on batches of 2 read 93.3%; 0.025
// read 96.0% and 0.05 96.0%. On batches of 8, SGD at 0.01 read 92.9%,
// 0.05 95.7% and 0.1 95.9%. Adam and RMSprop divide the gradient's size
// out, and small batches do not make up for a slow rate there (Adam at
// 0.0001 on batches of 2 read 94.0%, at 0.001 96.1%): their sane rate
// stays.
const SaneBatch = 16

// saneFor is the learning rate c's optimizer trains the bundled data well
// with at c's batch size (see SaneBatch).
func saneFor(c nn.Config) float64 {
	sane := SaneLearningRate[c.Optimizer]
	if (c.Optimizer == nn.OptSGD || c.Optimizer == nn.OptMomentum) && c.BatchSize > 0 && c.BatchSize < SaneBatch {
		sane /= math.Sqrt(SaneBatch / float64(c.BatchSize))
	}
	return sane
}

// saneWords says what saneFor is: "about 0.1", or "about 0.035 for
// batches of 2" when the batch size lowers it.
func saneWords(c nn.Config) string {
	sane := saneFor(c)
	if sane != SaneLearningRate[c.Optimizer] {
		return fmt.Sprintf("about %s for batches of %d", formatLR(sane), c.BatchSize)
	}
	return fmt.Sprintf("about %g", sane)
}

// poorInits are the initializations whose scale ignores the fan-in.
var poorInits = []string{nn.InitZeros, nn.InitNormal1, nn.InitTiny}

// goodInit is the fan-in initialization for the config's activation: he
// for rectifiers, glorot otherwise.
func goodInit(c nn.Config) string {
	if a, _ := nn.Activation(c.Activation); a.Rectifier {
		return nn.InitHeNormal
	}
	return nn.InitGlorotUniform
}

// formatLR writes a learning rate with two significant digits.
func formatLR(v float64) string { return strconv.FormatFloat(v, 'g', 2, 64) }

// lowerLR is the change that makes the steps smaller: the learning rate
// to the optimizer's sane rate when it is above it, else tenfold (on
// batches below SmallBatch tenfold, and no higher than saneFor from
// FarTooHigh times the sane rate); under a
// momentum above SaneMomentum, the momentum back to it first (see
// strongMomentum), with the rate only when that is above its sane one.
func lowerLR(c nn.Config) string {
	lr := SaneLearningRate[c.Optimizer]
	if strongMomentum(c) {
		if nearSaneRate(c) {
			return "momentum=" + formatLR(SaneMomentum)
		}
		return "momentum=" + formatLR(SaneMomentum) + "&lr=" + formatLR(lr)
	}
	switch {
	case c.BatchSize < SmallBatch:
		// Tenfold, but from FarTooHigh no higher than the rate that
		// suits such batches: Adam at 0.2 on batches of 2, lowered to
		// 0.02, read 58.5% (the wild sweep, dense seed 16).
		lr = max(c.LearningRate/10, nn.MinLearningRate)
		if farTooHigh(c) {
			lr = min(lr, saneFor(c))
		}
	case c.LearningRate <= lr:
		lr = max(c.LearningRate/10, nn.MinLearningRate)
	}
	return "lr=" + formatLR(lr)
}

// toBatch32 is the change to batches of 32, with the rate raised to one
// that suits them when it would step slowly there (slowRate): momentum
// SGD at 0.001 on batches of one, told its steps overshoot and offered
// batches of 32 alone, read 77.3% instead of 88.0% (the convolutional wild
// sweep, seed 9), since 0.001 is a tenth of momentum's rate for them.
func toBatch32(c nn.Config) string {
	c32 := at32(c)
	if up := speedUp(c32); slowRate(c32) && up != "" {
		return "batch=32&" + up
	}
	return "batch=32"
}

// at32 is c on batches of 32, the batch size the sane rates are for.
func at32(c nn.Config) nn.Config {
	c.BatchSize = 32
	return c
}

// smallerSteps lists the changes that make the steps smaller, best first:
// under batches below SmallBatch at a sane rate, batches of 32 first (the
// rate suits them), then lowerLR's.
func smallerSteps(c nn.Config) []string {
	if c.BatchSize < SmallBatch && saneRate(c) {
		return []string{toBatch32(c), lowerLR(c)}
	}
	return []string{lowerLR(c)}
}

// raiseLR is the change that raises the learning rate: to the optimizer's
// sane rate for c's batches when it is below it, else tenfold.
func raiseLR(c nn.Config) string {
	lr := saneFor(c)
	if c.LearningRate >= lr {
		lr = min(c.LearningRate*10, nn.MaxLearningRate)
	}
	return "lr=" + formatLR(lr)
}

// withChanges sets the finding's Change to the first of changes and its
// Alternatives to the rest, skipping those that would not change cfg.
func withChanges(f Finding, cfg nn.Config, changes ...string) Finding {
	var cs []string
	for _, c := range changes {
		if c == "" || slices.Contains(cs, c) {
			continue
		}
		if fixed, err := Apply(cfg, c); err == nil && !fixed.Equal(cfg) {
			cs = append(cs, c)
		}
	}
	if len(cs) > 0 {
		f.Change, f.Alternatives = cs[0], cs[1:]
	}
	return f
}

// clipChange caps the gradient's norm at 1, for the optimizers whose step
// follows the gradient's size (adam and rmsprop divide it out, so a cap
// changes little for them); "" when the config already clips.
func clipChange(c nn.Config) string {
	if c.Clip > 0 || (c.Optimizer != nn.OptSGD && c.Optimizer != nn.OptMomentum) {
		return ""
	}
	return "clip=1"
}

// rateChange is the change of a learning rate far off whatever the start
// (see rateOff), "" when it is not.
func rateChange(c nn.Config) string {
	switch {
	case tooHighAnyStart(c):
		return lowerLR(c)
	case slowRate(c):
		return speedUp(c)
	}
	return ""
}

// initChanges fixes a poor initialization first, when the config has one.
func initChanges(c nn.Config) string {
	if slices.Contains(poorInits, c.Init) {
		return "init=" + goodInit(c)
	}
	return ""
}

// changesFor returns the config changes that fix a finding, best first.
// They follow the evidence the finding's rule saw: a change of a setting
// the evidence does not implicate is never first.
func changesFor(f Finding, in Input) []string {
	c := in.Config
	_, highLR := lrToBlame(in)
	switch f.Code {
	case CodeDiverged, CodeExploding:
		// Weights far too large and big steps each blow a run up: when
		// the evidence shows both, neither change alone is sure to do.
		switch {
		case largeInit(c) && highLR:
			return []string{initChanges(c) + "&" + lowerLR(c), lowerLR(c), initChanges(c)}
		case f.Code == CodeDiverged && c.Dropout >= HeavyDropout:
			return []string{"dropout=0", lowerLR(c), clipChange(c)}
		case slices.Contains(poorInits, c.Init) && !highLR:
			return []string{initChanges(c), lowerLR(c)}
		}
		return append(smallerSteps(c), clipChange(c), initChanges(c))
	case CodeSymmetry, CodeBadInitScale:
		// Steps too big hurt whatever the start: tiny weights under adam
		// at 3.1 died at chance, and a fan-in start alone left them there
		// (the wild sweep).
		if highLR && (f.Code == CodeBadInitScale || largeInit(c)) {
			return []string{"init=" + goodInit(c) + "&" + lowerLR(c), "init=" + goodInit(c), lowerLR(c)}
		}
		if r := rateChange(c); r != "" {
			return []string{"init=" + goodInit(c) + "&" + r, "init=" + goodInit(c), r}
		}
		return []string{"init=" + goodInit(c), lowerLR(c)}
	case CodeDeadUnits:
		if highLR {
			return append(smallerSteps(c), "act="+nn.ActLeakyReLU)
		}
		return []string{initChanges(c), "act=" + nn.ActLeakyReLU, lowerLR(c)}
	case CodeSaturatedUnits, CodeVanishing:
		if highLR {
			return append(smallerSteps(c), initChanges(c), "act="+nn.ActReLU+"&init="+nn.InitHeNormal)
		}
		return []string{initChanges(c), "act=" + nn.ActReLU + "&init=" + nn.InitHeNormal, lowerLR(c)}
	case CodeLRTooHigh:
		return smallerSteps(c)
	case CodeLRTooLow:
		if _, _, clipped := clipShrink(in); clipped {
			if clipHidesRate(c) {
				return []string{"clip=0&" + lowerLR(c), "clip=0"}
			}
			if slowRate(c) {
				return []string{"clip=0&" + speedUp(c), "clip=0", "clip=1"}
			}
			return []string{"clip=0", "clip=1"}
		}
		if _, ok := slowWithBatch(c); ok {
			// A low rate and large batches: both change, as the finding
			// says they hold the run back together.
			return []string{raiseLR(c) + "&batch=32", "batch=32", raiseLR(c)}
		}
		if largeBatchSlow(c) {
			// The rate is sane for small batches: fewer images a step
			// give many more steps (see LargeBatch).
			return []string{"batch=32", "batch=64"}
		}
		if weakMomentum(c) && c.LearningRate*SlowLRFactor > saneFor(c) {
			// The rate is sane; the momentum shortens its steps.
			return []string{"momentum=0.9", raiseLR(c)}
		}
		if slowRate(c) {
			// Every other setting that holds the run back changes with
			// the rate (togetherChange), and so do batches that make
			// few steps at any rate and a clip that cuts the gradient.
			up := speedUp(c)
			if c.BatchSize >= LargeBatch {
				up += "&batch=32"
			}
			if together := togetherChange(c); together != "" {
				up = together // the slow rate's holder shrinks the batches too
			}
			if shrink, _, _ := clipShrink(in); shrink >= ClipAlso {
				up = "clip=0&" + up
			}
			return []string{up, speedUp(c), raiseLR(c), "opt=adam&lr=0.001"}
		}
		return []string{raiseLR(c), "opt=adam&lr=0.001"}
	case CodeUnderfitting:
		// The setting the finding names comes first: heavy dropout, then
		// a limit (L2, too few filters), then the step size, then width.
		// Dropout of 0.5 is the usual rate, so lowering it comes last: a
		// one-filter convolution behind dropout 0.5 was offered
		// dropout=0 first, and stayed a one-filter convolution.
		cs := []string{togetherChange(c)}
		if _, _, ok := sigmoidClimbing(in); ok {
			// The finding that says sigmoid units learn slowly; a narrow
			// layer of them is widened first.
			cs = append(cs, "act="+nn.ActReLU+"&init="+nn.InitHeNormal)
		}
		if sigmoidSlow(c) && CurveDistorted(c) && limit(c) == "" {
			// Sigmoid units behind harder batches (harderUnderfit's
			// words): under strong augmentation they read 89.9%, 90.6%
			// with twice the units, 94.5% as relu units (the wild sweep,
			// dense seeds 15 and 16).
			cs = append(cs, "act="+nn.ActReLU+"&init="+nn.InitHeNormal)
		}
		if _, _, ok := clippedL2(in); ok {
			cs = append(cs, "clip=0", "l2=0")
		}
		if c.Dropout >= HeavyDropout {
			cs = append(cs, "dropout=0")
		}
		if c.L2 >= HeavyL2 {
			// An L2 that limits the fit comes before linear units, as
			// limit and underfitFix name it; liftHolders lifts the units
			// with it.
			cs = append(cs, "l2=0")
		}
		if allLinear(c) {
			cs = append(cs, "act="+nn.ActReLU+"&init="+nn.InitHeNormal)
		}
		if c.L2 > ModerateL2 && c.L2 < HeavyL2 {
			cs = append(cs, "l2=0")
		}
		if sigmoidConv(c) {
			// The units hold a convolution back as well as its filters
			// (see sigmoidConv): both change together.
			relu := "act=" + nn.ActReLU + "&init=" + nn.InitHeNormal
			if _, _, ok := narrowConv(c); ok {
				cs = append(cs, "conv="+widerConv(c.Conv, 0)+"&"+relu)
			}
			cs = append(cs, relu)
		}
		if _, _, ok := narrowConv(c); ok {
			// Twice the filters, or where that holds too many values (10
			// and 2 filters of 3×3 would), only the narrow ones widened.
			cs = append(cs, "conv="+widerConv(c.Conv, 0), "conv="+widerConv(c.Conv, FewFilters))
		}
		if sigmoidSGD(c) {
			cs = append(cs, "act="+nn.ActReLU+"&init="+nn.InitHeNormal, "opt=adam&lr=0.001")
		}

		if (c.Optimizer == nn.OptSGD || c.Optimizer == nn.OptMomentum) && c.LearningRate < saneFor(c)/2 {
			cs = append(cs, raiseLR(c))
		}
		if len(c.Hidden) == 0 && c.Conv != "" && CurveDistorted(c) && smallNetwork(c) {
			// harderUnderfit's convolutions, fewer filters than the cnn
			// preset's, widened as it has them.
			cs = append(cs, "conv="+widerConv(c.Conv, 0))
		}
		cs = append(cs, "hidden="+nn.FormatHidden(wider(c.Hidden)))
		if c.Dropout >= 0.5 && c.Dropout < HeavyDropout {
			cs = append(cs, "dropout=0")
		}
		return cs
	case CodeTinyBatchNorm:
		return []string{toBatch32(c), "bn=0"}
	case CodeDropoutShift:
		return []string{"dropout=0", "bn=0"}
	case CodeOverfitting:
		var cs []string
		if c.TrainSize < bundledImages {
			cs = append(cs, fmt.Sprintf("train=%d", bundledImages))
		}
		return append(cs, "dropout=0.5", "l2=0.001")
	}
	return nil
}

// heldCodes are the findings whose change mends the units, their start,
// steps too big or too small, or batches too small for batch norm (or, for
// not-learning, nothing): liftHolders adds to it what else holds the run
// back (a slow rate's change lifts the other holders itself: see
// togetherChange). An L2 of
// 0.31 under Adam at 0.0096 read 48.2%, and 57.2% once the rate was
// lowered (the wild sweep, dense seed 10); lowering the L2 too, 95.5%.
// Overfitting lifts only a slow rate and heavy dropout (down to 0.5):
// convolutions memorizing 352 images under momentum SGD at 0.001 read
// 88.6%, 92.0% on 20,000 images, 97.7% with the rate raised as well (the
// convolutional wild sweep, seed 3).
var heldCodes = []string{CodeSymmetry, CodeBadInitScale, CodeDeadUnits, CodeSaturatedUnits, CodeVanishing, CodeNotLearning,
	CodeDiverged, CodeExploding, CodeLRTooHigh, CodeLRTooLow, CodeTinyBatchNorm, CodeDropoutShift, CodeOverfitting}

// liftHolders makes f's change, for a finding of heldCodes, also lift the
// settings that hold the network back by themselves (holders: heavy
// dropout, an L2 of HeavyL2 or more, a rate SlowLRFactor too slow, large
// batches; and capacityHolders, a narrow layer) that it leaves, and, for
// a finding other than overfitting that offers a change, a training set
// of fewer than FewImages (imageHolders); it says so in its fix, and the
// change alone stays the first alternative. A run broken twice was
// mended once: zeros behind dropout 0.83 read 92.1% after a fan-in start
// (95.2% with dropout=0 too); sigmoid convolutions under an L2 of 0.5,
// 78.8% after relu units with a fan-in start (97.2% with l2=0); and a run
// at chance behind dropout 0.71 got not-learning first, which offered no
// change (96.8% with dropout=0). The wild sweep, dense seed 9 and
// convolutional seed 3.
func liftHolders(f Finding, c nn.Config) Finding {
	var hs []holder
	switch {
	case slices.Contains(heldCodes, f.Code) && (f.Change != "" || f.Code == CodeNotLearning):
		hs = append(holders(c), capacityHolders(c)...)
	case f.Code == CodeUnderfitting && f.Change != "":
		// Its change already lifts the holders together (togetherChange),
		// but not a narrow layer behind them: one filter behind dropout
		// 0.73 read 90.3%, and 90.5% after dropout=0 (the
		// convolutional wild sweep, seed 11).
		hs = capacityHolders(c)
	}
	if f.Change != "" && f.Code != CodeOverfitting {
		// More images are no fix for a network that does not learn, so
		// they only go along with a change; memorizing's own changes
		// already ask for them.
		hs = append(hs, imageHolders(c)...)
	}
	if len(hs) == 0 {
		return f
	}
	set, err := url.ParseQuery(f.Change)
	if err != nil {
		return f
	}
	var says, lifts []string
	for _, h := range hs {
		hq, err := url.ParseQuery(h.change)
		if err != nil || (hq.Has("l2") && c.L2 < HeavyL2) { // an L2 of 0.0018 read 95.1%, the default 95.5%
			continue
		}
		if f.Code == CodeOverfitting && !hq.Has("lr") {
			switch {
			case hq.Has("dropout"):
				// Heavy dropout comes down to the usual rate, which
				// still regularizes: dropout 0.8 on 127 images read
				// 79.4%, and 92.7% on 20,000 images with dropout 0.8
				// still (the wild sweep, dense seed 14).
				h.change = "dropout=0.5"
			case !set.Has("train"):
				// Lifting an L2 or widening the network would work
				// against a fix of memorizing that keeps the images; with
				// 20,000 of them it does not: an L2 of 0.17 on 108 images
				// read 71.2% and 76.7% on 20,000, and a network without a
				// hidden layer on 221, 82.2% and 91.4% (the wild sweep,
				// dense seeds 17 and 18).
				continue
			}
		}
		taken := false
		for k := range hq {
			taken = taken || set.Has(k)
		}
		if !taken {
			says, lifts = append(says, h.says), append(lifts, h.change)
		}
	}
	if len(lifts) == 0 {
		return f
	}
	change := strings.Join(lifts, "&")
	if f.Change != "" {
		change = f.Change + "&" + change
		f.Alternatives = append([]string{f.Change}, f.Alternatives...)
	}
	f.Change = change
	verb, them := "holds", "it"
	if len(says) > 1 {
		verb, them = "hold", "them"
	}
	f.Fix = strings.TrimSpace(fmt.Sprintf("%s Whatever else is wrong, %s %s the network back too: the suggested change lifts %s as well.", f.Fix, joinAnd(says), verb, them))
	return f
}

// capacityHolders lists what narrows c's network so far that it holds the
// fit back whatever else is mended: convolutions of fewer than FewFilters
// filters, hidden layers of fewer than SmallLayer units, and linear units
// or no hidden layer at all, which make a network no better than one
// linear layer (about 92%: without a hidden layer under momentum SGD at
// 0.001, 87.6%, and 91.4% once the rate was raised, dense seed 18).
// Convolutions of 2, 3 and 2 filters with half their units dead read
// 71.2%, 77.8% once their units were leaky, and 94.9% widened as well (the
// convolutional wild sweep, seed 3); linear units under SGD at 0.001 read
// 81.8%, 91.1% once the rate was raised (dense seed 15). Two or more
// layers of sigmoid units under plain or momentum SGD (sigmoidStackSGD)
// hold a network back in the same way, by learning slowly.
func capacityHolders(c nn.Config) []holder {
	var hs []holder
	if k, n, ok := narrowConv(c); ok {
		hs = append(hs, holder{fmt.Sprintf("%s with only %s", convName(k), filtersOf(n)), "conv=" + widerConv(c.Conv, FewFilters)})
	}
	for i, u := range c.Hidden {
		if u < SmallLayer {
			hs = append(hs, holder{fmt.Sprintf("hidden layer %d with only %d units", i+1, u), "hidden=" + nn.FormatHidden(wider(c.Hidden))})
			break
		}
	}
	if allLinear(c) {
		hs = append(hs, holder{"the linear activation (the whole network is then one linear map)", "act=" + nn.ActReLU + "&init=" + nn.InitHeNormal})
	}
	if sigmoidStackSGD(c) {
		// The units alone: the fix of the finding that names the start
		// keeps its own initialization (relu units train well from a
		// glorot one, the default).
		hs = append(hs, holder{fmt.Sprintf("%d layers of sigmoid units under %s, which learn slowly", len(c.Hidden), c.Optimizer), "act=" + nn.ActReLU})
	}
	if len(c.Hidden) == 0 && c.Conv == "" {
		change := "hidden=128"
		if c.Activation == nn.ActLinear { // a linear hidden layer would still be one map
			change += "&act=" + nn.ActReLU + "&init=" + nn.InitHeNormal
		}
		hs = append(hs, holder{"no hidden layer (the network is then one linear map)", change})
	}
	return hs
}

// imageHolders lists a training set of fewer than FewImages, which holds
// validation back whatever else a fix mends: a run on 556 images in
// batches of 557 read 87.5%, and 87.9% once its batches were 32 (the wild
// sweep, dense seed 14); convolutions of 3, 2 and 6 filters on 345 images
// read 73.1%, and 86.7% widened.
func imageHolders(c nn.Config) []holder {
	if c.TrainSize >= FewImages {
		return nil
	}
	return []holder{{fmt.Sprintf("a training set of only %s images", count(int64(c.TrainSize))), fmt.Sprintf("train=%d", bundledImages)}}
}

// bundledImages is the size of the first training subset, which every
// build has at once: a fix that asks for it trains without waiting for
// the page to fetch the other 40,000 images.
const bundledImages = 20000

// wider returns hidden layers twice as wide and at least 128 units each
// (one layer of 128 when there are none).
func wider(h []int) []int {
	if len(h) == 0 {
		return []int{128}
	}
	out := slices.Clone(h)
	for i := range out {
		out[i] = min(max(2*out[i], 128), nn.MaxUnits)
	}
	return out
}

// widerConv returns a conv spec (see nn.Config.Conv) whose convolutions
// of fewer than below filters (every one when below is 0) have twice the
// filters and at least 8 (the cnn preset's first convolution), the other
// stages as they are.
func widerConv(spec string, below int) string {
	stages := strings.Split(spec, "-")
	for i, st := range stages {
		c := strings.IndexByte(st, 'c')
		if n, err := strconv.Atoi(st[:max(c, 0)]); c > 0 && err == nil && (below == 0 || n < below) {
			stages[i] = strconv.Itoa(max(2*n, 8)) + st[c:]
		}
	}
	return strings.Join(stages, "-")
}

// Apply returns c with a finding's change applied: change is a compact
// config fragment ("lr=0.001&act=elu") whose keys replace c's. The error
// is nn.ParseConfig's for a bad fragment.
func Apply(c nn.Config, change string) (nn.Config, error) {
	base, err := url.ParseQuery(c.String())
	if err != nil {
		return c, err
	}
	over, err := url.ParseQuery(change)
	if err != nil {
		return c, fmt.Errorf("diagnose: change %q: %w", change, err)
	}
	for k, v := range over {
		base[k] = v
	}
	return nn.ParseConfig(base.Encode())
}
