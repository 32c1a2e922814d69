package game

import (
	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/diagnose"
	"digitlab/game/ui"
)

// curvesView is the curves tab: the loss and accuracy charts.
type curvesView struct {
	noPointer
	loss, acc     *chart
	lossAt, accAt ui.Rect
	data          lookVersion[[2]uint64]
}

func newCurvesView() *curvesView {
	return &curvesView{
		loss: newChart("Loss", "cross-entropy", metricLoss, ui.Rect{}),
		acc:  newChart("Accuracy", "share correct", metricAcc, ui.Rect{}),
	}
}

func (v *curvesView) resize(s *ui.Screen) {
	v.lossAt, v.accAt = s.Loss, s.Acc
	v.loss.resize(s.Loss)
	v.acc.resize(s.Acc)
}

func (v *curvesView) follow(f *feed) {
	if f.snap != nil {
		// Under dropout, augmentation or mixed drawings the training curve
		// is of the batches as trained; the fit probe shows the whole
		// network on training images beside it, where memorizing shows.
		withFit := f.runOK && diagnose.CurveDistorted(f.run)
		v.loss.setData(f.snap.History, withFit)
		v.acc.setData(f.snap.History, withFit)
	}
}

func (v *curvesView) look() tabLook {
	return tabLook{data: v.data.of([2]uint64{v.loss.version, v.acc.version})}
}

func (v *curvesView) drawChrome(dst *ebiten.Image, p *painter) {
	v.loss.drawChrome(dst, p, v.lossAt)
	v.acc.drawChrome(dst, p, v.accAt)
}

func (v *curvesView) draw(c *canvas, p *painter) {
	v.loss.drawData(c, p, v.lossAt)
	v.acc.drawData(c, p, v.accAt)
}
